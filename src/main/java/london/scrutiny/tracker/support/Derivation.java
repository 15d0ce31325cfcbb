package london.scrutiny.tracker.support;

/**
 * How a fact the documents only imply was derived (for example, a date read from a letter
 * reference).
 */
public record Derivation(String method, String note) {
}
