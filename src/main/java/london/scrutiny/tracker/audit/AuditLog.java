package london.scrutiny.tracker.audit;

import java.time.Clock;
import java.time.Instant;

import london.scrutiny.tracker.security.Actor;
import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Appends to the audit collection. Entries are inserted and never updated or deleted.
 * Each takes the next number of one shared counter, so instances sharing a store number
 * their writes in one sequence; once stored, the entry is published as an application
 * event for this instance's listeners.
 */
@Component
public class AuditLog {

	static final String COUNTERS = "counters";

	static final String AUDIT_COUNTER = "audit";

	/** Counts loads of records that bypass the trail (the seed, a restored backup). */
	static final String OUTSIDE_COUNTER = "outside";

	static final String SECRET = "secret";

	static final String REDACTED = "(redacted)";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public AuditLog(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	public AuditEntry record(Actor actor, String operation, String collection, String targetId, Document before,
			Document after) {
		long seq = nextSeq();
		Instant now = Instant.now(this.clock);
		AuditEntry entry = new AuditEntry(String.format("audit/%019d", seq), seq, now, actor.tokenId(), actor.name(),
				actor.role(), operation, collection, targetId, redacted(before), redacted(after));
		this.mongo.insert(entry);
		this.events.publishEvent(entry);
		return entry;
	}

	/**
	 * Says that records were stored without the trail (the seed loader, a restore): what
	 * is kept until the next write ({@link KeptUntilWrite}), on every instance, is
	 * derived anew. A counter of its own, so the trail's numbers keep no gap.
	 */
	public void storedOutsideTheTrail() {
		this.mongo.findAndModify(new Query(Criteria.where("_id").is(OUTSIDE_COUNTER)), new Update().inc("seq", 1L),
				FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
	}

	/**
	 * The record as the trail keeps it: a secret (a webhook's signing key) is never
	 * copied into the trail, which ADMINs read and backups carry.
	 */
	static Document redacted(Document record) {
		if (record == null || !record.containsKey(SECRET)) {
			return record;
		}
		Document copy = new Document(record);
		copy.put(SECRET, REDACTED);
		return copy;
	}

	private long nextSeq() {
		Document counter = this.mongo.findAndModify(new Query(Criteria.where("_id").is(AUDIT_COUNTER)),
				new Update().inc("seq", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
				Document.class, COUNTERS);
		return ((Number) counter.get("seq")).longValue();
	}

}
