package london.scrutiny.tracker.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The only writes outside {@link Writes}, and deliberately not audited: bookkeeping of
 * background work shared by every instance on one store, which records no fact about the
 * committee's business. A lease lets one instance at a time run a periodic job; a mark
 * remembers how far a follower of the audit trail has read. Both live in the
 * {@code leases} collection, one small document each.
 */
@Component
public class Bookkeeping {

	static final String LEASES = "leases";

	private final MongoTemplate mongo;

	private final Clock clock;

	public Bookkeeping(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Takes the lease {@code name} for {@code owner} until now + {@code duration} if it
	 * is free or expired (or already this owner's); true if taken. One atomic
	 * find-and-modify, so two instances never both hold it.
	 */
	public boolean claim(String name, String owner, Duration duration) {
		Date now = Writes.now(this.clock);
		Query free = new Query(new Criteria().andOperator(Criteria.where("_id").is(name),
				new Criteria().orOperator(Criteria.where("until").lt(now), Criteria.where("owner").is(owner))));
		Update take = new Update().set("owner", owner).set("until", new Date(now.getTime() + duration.toMillis()));
		try {
			return this.mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Document.class, LEASES) != null;
		}
		catch (DuplicateKeyException held) {
			// The lease exists, is held by another owner and has not expired: the upsert
			// tried to create it again.
			return false;
		}
	}

	/** How far the follower {@code name} has read the trail (0 if never). */
	public long mark(String name) {
		Document mark = this.mongo.findById("mark/" + name, Document.class, LEASES);
		return (mark != null && mark.get("seq") != null) ? ((Number) mark.get("seq")).longValue() : 0;
	}

	/** Moves the mark forward (never back: another instance may be further on). */
	public void advance(String name, long seq) {
		this.mongo.upsert(new Query(Criteria.where("_id").is("mark/" + name)), new Update().max("seq", seq), LEASES);
	}

}
