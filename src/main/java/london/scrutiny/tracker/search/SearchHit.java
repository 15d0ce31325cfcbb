package london.scrutiny.tracker.search;

/** A thing found, the field the text matched in, and the matching words in context. */
public record SearchHit(Object node, String matchedField, String snippet) {
}
