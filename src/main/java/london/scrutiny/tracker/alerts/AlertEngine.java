package london.scrutiny.tracker.alerts;

import java.time.Duration;
import java.util.UUID;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.security.Actor;
import london.scrutiny.tracker.store.Bookkeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

	/**
	 * The names the audit trail gives these tasks' writes ({@code system:<name>}): alerts
	 * raised by writes and deliveries queued for them, webhook deliveries, and the alerts
	 * time raises.
	 */
	static final String FOLLOWER = "alerts";

	static final String WEBHOOKS = "webhooks";

	static final String DUE_CHECK = "due-check";

	private final String owner = "instance/" + UUID.randomUUID();

	private final ChangeLog trail;

	private final Bookkeeping bookkeeping;

	private final TrailAlerts trailAlerts;

	private final DueCheck dueCheck;

	private final Deliveries deliveries;

	private final AlertStream stream;

	private final AlertTrail alertTrail;

	private final Duration checkEvery;

	private long published;

	AlertEngine(ChangeLog trail, Bookkeeping bookkeeping, TrailAlerts trailAlerts, DueCheck dueCheck,
			Deliveries deliveries, AlertStream stream, AlertTrail alertTrail,
			@Value("${tracker.alerts.check-every:PT1H}") Duration checkEvery) {
		this.trail = trail;
		this.bookkeeping = bookkeeping;
		this.trailAlerts = trailAlerts;
		this.dueCheck = dueCheck;
		this.deliveries = deliveries;
		this.stream = stream;
		this.alertTrail = alertTrail;
		this.checkEvery = checkEvery;
		this.published = trail.latest();
	}

	@Scheduled(fixedDelayString = "${tracker.alerts.poll:PT2S}", initialDelayString = "${tracker.alerts.poll:PT2S}")
	void poll() {
		try {
			if (this.bookkeeping.claim("alerts-follow", this.owner, Duration.ofSeconds(30))) {
				Actor.asSystemTask(FOLLOWER, this::follow);
			}
			Actor.asSystemTask(WEBHOOKS, this.deliveries::attemptDue);
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
				int raised = Actor.asSystemTask(DUE_CHECK, this.dueCheck::run);
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
			AlertEvent alert = this.alertTrail.storedBy(entry);
			if (alert != null) {
				this.deliveries.queue(alert);
			}
			// Advanced entry by entry: a crash re-reads at most one entry, whose alerts
			// and deliveries are stored under stable ids.
			this.bookkeeping.advance("alerts", entry.seq());
		}
	}

	private void publish() {
		for (AuditEntry entry : this.trail.after(this.published, BATCH)) {
			AlertEvent alert = this.alertTrail.storedBy(entry);
			if (alert != null) {
				this.stream.publish(entry.seq(), alert);
			}
			this.published = entry.seq();
		}
	}

}
