package london.scrutiny.tracker.ask;

import java.time.Instant;
import java.time.LocalDate;

import london.scrutiny.tracker.support.PartialDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A change to an ask's own deadline, kept beside the original: the old and new deadline,
 * who changed it, when it takes effect and why. Target dates are not moved without an
 * explanation on the record.
 */
@Document("deadlineRevisions")
public record DeadlineRevision(@Id String id, String askId, @Field(write = Field.Write.ALWAYS) PartialDate previous,
		PartialDate deadline, String reason, String revisedBy, LocalDate effectiveOn, Instant recordedAt) {
}
