package london.scrutiny.tracker.importer;

/**
 * A person or body the letter is from, to or copied to: the name and role as the letter
 * writes them, and the organisation where a line of its own gives one. Any of the last
 * two may be null.
 */
public record DraftParty(String name, String role, String organisation, Confidence confidence) {
}
