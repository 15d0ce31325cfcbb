package london.scrutiny.tracker.alerts;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert. Its id is derived from what it reports (kind, ask, and the letter,
 * assessment, revision or date concerned), so every instance that notices the same thing
 * stores the same event once. {@code createdAt} is when it was first stored.
 */
@Document("alertEvents")
public record AlertEvent(@Id String id, AlertKind kind, String askId, String reportId, String committeeId,
		String letterId, LocalDate occurredOn, String title, String summary, Instant createdAt) {

	/** The stable id: kind, ask and what distinguishes this occurrence. */
	static String idOf(AlertKind kind, String askId, String occurrence) {
		return "alert/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + askId + "/" + occurrence;
	}

}
