package london.scrutiny.tracker.support;

/**
 * Where a fact is written: the document, the verbatim passage, and a human-readable place
 * in it.
 */
public record Source(String documentId, String quote, String locator) {
}
