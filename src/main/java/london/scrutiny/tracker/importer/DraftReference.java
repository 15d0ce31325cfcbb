package london.scrutiny.tracker.importer;

/**
 * The letter's own reference: {@code value} normalised (upper case, no spaces:
 * "ABC140324-X1234") and {@code asWritten} as printed ("ABC140324- X1234").
 */
public record DraftReference(String value, String asWritten, Confidence confidence) {
}
