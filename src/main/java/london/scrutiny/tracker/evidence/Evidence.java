package london.scrutiny.tracker.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import london.scrutiny.tracker.support.Period;
import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A claim with figures. {@code contrastIds} link evidence elsewhere that gives a
 * different figure or a different meaning for the same thing; both sides keep their own
 * source.
 */
@Document("evidence")
public record Evidence(@Id String id, String statement, List<Figure> figures, Source source, List<String> programmeIds,
		List<String> askIds, List<String> contrastIds, @Field(write = Field.Write.ALWAYS) String contrastNote,
		Long version) {

	public Evidence {
		version = (version != null) ? version : 0L;
		figures = figures == null ? List.of() : figures;
		programmeIds = programmeIds == null ? List.of() : programmeIds;
		askIds = askIds == null ? List.of() : askIds;
		contrastIds = contrastIds == null ? List.of() : contrastIds;
	}

	/** One number: what it measures, its exact value, unit, qualifier and period. */
	public record Figure(String metric, BigDecimal value, String unit, String qualifier,
			@Field(write = Field.Write.ALWAYS) Period period) {
	}

	/**
	 * By id alone (consistent with the record's equals, which compares every component):
	 * the API batches by record, and hashing the whole text and facts on every lookup
	 * cost more than the lookup.
	 */
	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

}
