package london.scrutiny.tracker.support;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A date as the documents give it ("by September 2022"): {@code date} is the last day the
 * words allow, {@code precision} how exactly it is known, {@code text} the original
 * words.
 */
public record PartialDate(LocalDate date, Precision precision, @Field(write = Field.Write.ALWAYS) String text) {
}
