package london.scrutiny.tracker.support;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A span of time as stated ("April 2020 – March 2021"), with its bounds where they can be
 * read.
 */
public record Period(@Field(write = Field.Write.ALWAYS) LocalDate from, @Field(write = Field.Write.ALWAYS) LocalDate to,
		@Field(write = Field.Write.ALWAYS) String text) {
}
