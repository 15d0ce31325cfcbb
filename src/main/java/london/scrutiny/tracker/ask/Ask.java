package london.scrutiny.tracker.ask;

import java.util.List;
import java.util.Objects;

import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * An ask: a recommendation or a meeting action point. {@code text} is null where the
 * corpus lacks the ask's words; {@code addresseeText} keeps the document's own words for
 * the addressees. {@code statusFacts} are derived (see {@link StatusFacts}), null until
 * first computed.
 */
@Document("asks")
public record Ask(@Id String id, String reportId, int number, AskKind kind,
		@Field(write = Field.Write.ALWAYS) String title, @Field(write = Field.Write.ALWAYS) String text, Source source,
		List<String> addresseeIds, @Field(write = Field.Write.ALWAYS) String addresseeText,
		@Field(write = Field.Write.ALWAYS) PartialDate deadline, List<String> themes, Long version,
		StatusFacts statusFacts) {

	public Ask {
		version = (version != null) ? version : 0L;
		addresseeIds = addresseeIds == null ? List.of() : addresseeIds;
		themes = themes == null ? List.of() : themes;
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
