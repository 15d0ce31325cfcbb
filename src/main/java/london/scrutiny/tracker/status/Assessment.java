package london.scrutiny.tracker.status;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An assessment of an ask: an event that holds from {@code effectiveOn}, never overwritten. */
@Document("assessments")
public record Assessment(@Id String id, String askId, String responseId, String kind, Position position,
		Implementation implementation, String rationale, String assessedBy, LocalDate effectiveOn,
		Instant recordedAt) {
}
