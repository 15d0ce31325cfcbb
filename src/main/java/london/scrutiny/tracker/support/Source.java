package london.scrutiny.tracker.support;

import org.springframework.data.mongodb.core.mapping.Field;

/**
 * Where a fact is written: the document, the verbatim passage, and a human-readable place
 * in it.
 */
public record Source(String documentId, String quote, @Field(write = Field.Write.ALWAYS) String locator) {
}
