package london.scrutiny.tracker.audit;

import java.time.Instant;

import org.bson.Document;

import org.springframework.data.annotation.Id;

/**
 * One write: who did what to which record, and the record before and after. {@code seq}
 * numbers the entries in the order their sequence numbers were taken, so the trail is the
 * tracker's change log: what follows it by {@code seq} (a search index, alerts, a
 * client's sync) sees every write once, on every instance sharing the store.
 */
@org.springframework.data.mongodb.core.mapping.Document("audit")
public record AuditEntry(@Id String id, long seq, Instant at, String actorTokenId, String actorName, String actorRole,
		String operation, String collection, String targetId, Document before, Document after) {
}
