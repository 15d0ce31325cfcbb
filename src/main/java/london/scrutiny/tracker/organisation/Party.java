package london.scrutiny.tracker.organisation;

import org.springframework.data.mongodb.core.mapping.Field;

/**
 * The author, a recipient or a person copied on a document, as written, with resolved ids
 * where known.
 */
public record Party(String name, @Field(write = Field.Write.ALWAYS) String role,
		@Field(write = Field.Write.ALWAYS) String personId, @Field(write = Field.Write.ALWAYS) String organisationId) {
}
