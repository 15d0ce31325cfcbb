package london.scrutiny.tracker.alerts;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.support.NotFoundException;
import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Alerts as the audit trail holds them: each alert was stored once, by an entry with a
 * sequence number, and that number orders the alerts the same way for the live stream and
 * for a replay, on every instance.
 */
@Component
class AlertTrail {

	static final int BATCH = 200;

	private final ChangeLog trail;

	private final MongoTemplate mongo;

	AlertTrail(ChangeLog trail, MongoTemplate mongo) {
		this.trail = trail;
		this.mongo = mongo;
	}

	/** The alert an entry stored, or null if the entry stored none. */
	AlertEvent storedBy(AuditEntry entry) {
		if (!Alerts.COLLECTION.equals(entry.collection()) || entry.before() != null || entry.after() == null) {
			return null;
		}
		return this.mongo.getConverter().read(AlertEvent.class, entry.after());
	}

	/** The sequence number of the entry that stored the alert {@code id}. */
	long seqOf(String id) {
		return this.trail.created(Alerts.COLLECTION, id)
			.orElseThrow(() -> new NotFoundException("after", "No alert '" + id + "' is stored. Pass the id of the "
					+ "last alert you received (an `Alert.id`), or omit 'after' to receive only new alerts."));
	}

	/**
	 * Every alert stored after sequence number {@code mark}, in order, read from the
	 * trail {@link #BATCH} entries at a time as the subscriber asks for them;
	 * {@code mark} advances to the last entry read, so a live stream joined afterwards
	 * can skip what was replayed.
	 */
	Flux<Sequenced> after(AtomicLong mark) {
		return Flux.<List<Sequenced>>generate((sink) -> {
			List<AuditEntry> page = this.trail.after(mark.get(), BATCH);
			if (page.isEmpty()) {
				sink.complete();
				return;
			}
			sink.next(page.stream()
				.map((entry) -> new Sequenced(entry.seq(), storedBy(entry)))
				.filter((s) -> s.alert() != null)
				.toList());
			mark.set(page.get(page.size() - 1).seq());
		}).concatMapIterable((alerts) -> alerts);
	}

	/** An alert with the sequence number of the entry that stored it. */
	record Sequenced(long seq, AlertEvent alert) {
	}

}
