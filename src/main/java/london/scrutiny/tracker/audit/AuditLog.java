package london.scrutiny.tracker.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import london.scrutiny.tracker.security.Actor;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Appends to the audit collection. Entries are inserted and never updated or deleted. */
@Component
public class AuditLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	public AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void record(Actor actor, String operation, String collection, String targetId, Document before,
			Document after) {
		Instant now = Instant.now(this.clock);
		this.mongo.insert(new AuditEntry("audit/" + now.toEpochMilli() + "-" + UUID.randomUUID(), now, actor.tokenId(),
				actor.name(), actor.role(), operation, collection, targetId, before, after));
	}

}
