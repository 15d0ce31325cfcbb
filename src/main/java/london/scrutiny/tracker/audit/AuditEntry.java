package london.scrutiny.tracker.audit;

import java.time.Instant;

import org.bson.Document;

import org.springframework.data.annotation.Id;

/** One write: who did what to which record, and the record before and after. */
@org.springframework.data.mongodb.core.mapping.Document("audit")
public record AuditEntry(@Id String id, Instant at, String actorTokenId, String actorName, String actorRole,
		String operation, String collection, String targetId, Document before, Document after) {
}
