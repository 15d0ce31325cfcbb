package london.scrutiny.tracker.ask;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * An assessment of an ask: an event that holds from {@code effectiveOn}, never
 * overwritten. A record without a verification is a reading of the executive's claim
 * (CLAIMED).
 */
@Document("assessments")
public record Assessment(@Id String id, String askId, @Field(write = Field.Write.ALWAYS) String responseId, String kind,
		Position position, Implementation implementation, Verification verification, String rationale,
		String assessedBy, LocalDate effectiveOn, Instant recordedAt) {

	public Assessment {
		verification = (verification != null) ? verification : Verification.CLAIMED;
	}

	boolean checked() {
		return this.verification != Verification.CLAIMED;
	}

}
