package london.scrutiny.tracker.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Period;
import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A programme (or fund, service, board, scheme, strategy, plan) that answers rely on. */
@Document("programmes")
public record Programme(@Id String id, String name, String kind, List<String> aliases,
		@Field(write = Field.Write.ALWAYS) String description, @Field(write = Field.Write.ALWAYS) String ownerId,
		List<String> providers, List<String> places, List<FundingLine> funding, PartialDate startedOn, String status,
		List<Source> sources, Long version) {

	public Programme {
		version = (version != null) ? version : 0L;
		aliases = aliases == null ? List.of() : aliases;
		providers = providers == null ? List.of() : providers;
		places = places == null ? List.of() : places;
		funding = funding == null ? List.of() : funding;
		sources = sources == null ? List.of() : sources;
	}

	/**
	 * Money given to a programme: an exact amount, its period and funder, and where it is
	 * stated.
	 */
	public record FundingLine(BigDecimal amount, String currency, String qualifier,
			@Field(write = Field.Write.ALWAYS) Period period, @Field(write = Field.Write.ALWAYS) String funderId,
			@Field(write = Field.Write.ALWAYS) String note, @Field(write = Field.Write.ALWAYS) Source source) {

		public FundingLine {
			currency = (currency == null && amount != null) ? "GBP" : currency;
		}

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
