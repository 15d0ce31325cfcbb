package london.scrutiny.tracker.alerts;

import java.time.Duration;
import java.util.UUID;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.store.Bookkeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the alerts on every instance sharing a store. Shared work is done by whichever
 * instance holds its lease, and is idempotent should two ever overlap: following the
 * audit trail from a stored mark (raising the alerts writes imply, and queueing each new
 * alert for the webhooks that want it), and the periodic check of what time makes due.
 * Every instance sends the deliveries that are due (each claimed before it is sent) and
 * follows the trail from its own start for its subscribers.
 */
@Component
@ConditionalOnProperty(name = "tracker.alerts.enabled", havingValue = "true", matchIfMissing = true)
class AlertEngine {

	private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);

	static final int BATCH = 200;

	private final String owner = "instance/" + UUID.randomUUID();

	private final ChangeLog trail;

	private final Bookkeeping bookkeeping;

	private final TrailAlerts trailAlerts;

	private final DueCheck dueCheck;

	private final Deliveries deliveries;

	private final AlertStream stream;

	private final MongoTemplate mongo;

	private final Duration checkEvery;

	private long published;

	AlertEngine(ChangeLog trail, Bookkeeping bookkeeping, TrailAlerts trailAlerts, DueCheck dueCheck,
			Deliveries deliveries, AlertStream stream, MongoTemplate mongo,
			@Value("${tracker.alerts.check-every:PT1H}") Duration checkEvery) {
		this.trail = trail;
		this.bookkeeping = bookkeeping;
		this.trailAlerts = trailAlerts;
		this.dueCheck = dueCheck;
		this.deliveries = deliveries;
		this.stream = stream;
		this.mongo = mongo;
		this.checkEvery = checkEvery;
		this.published = trail.latest();
	}

	@Scheduled(fixedDelayString = "${tracker.alerts.poll:PT2S}", initialDelayString = "${tracker.alerts.poll:PT2S}")
	void poll() {
		try {
			if (this.bookkeeping.claim("alerts-follow", this.owner, Duration.ofSeconds(30))) {
				follow();
			}
			this.deliveries.attemptDue();
			publish();
		}
		catch (RuntimeException ex) {
			log.warn("Alerts poll failed; retrying at the next poll", ex);
		}
	}

	@Scheduled(fixedDelayString = "${tracker.alerts.check-every:PT1H}",
			initialDelayString = "${tracker.alerts.check-delay:PT10S}")
	void check() {
		try {
			if (this.bookkeeping.claim("alerts-check", this.owner, this.checkEvery)) {
				int raised = this.dueCheck.run();
				if (raised > 0) {
					log.info("Due check raised {} alerts", raised);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Due check failed; retrying at the next check", ex);
		}
	}

	private void follow() {
		long mark = this.bookkeeping.mark("alerts");
		for (AuditEntry entry : this.trail.after(mark, BATCH)) {
			this.trailAlerts.raiseFor(entry);
			if (isNewAlert(entry)) {
				this.deliveries.queue(alert(entry));
			}
			// Advanced entry by entry: a crash re-reads at most one entry, whose alerts
			// and deliveries are stored under stable ids.
			this.bookkeeping.advance("alerts", entry.seq());
		}
	}

	private void publish() {
		for (AuditEntry entry : this.trail.after(this.published, BATCH)) {
			if (isNewAlert(entry)) {
				this.stream.publish(alert(entry));
			}
			this.published = entry.seq();
		}
	}

	private static boolean isNewAlert(AuditEntry entry) {
		return Alerts.COLLECTION.equals(entry.collection()) && entry.before() == null && entry.after() != null;
	}

	private AlertEvent alert(AuditEntry entry) {
		return this.mongo.getConverter().read(AlertEvent.class, entry.after());
	}

}
