package london.scrutiny.tracker.organisation;

/**
 * The author, a recipient or a person copied on a document, as written, with resolved ids
 * where known.
 */
public record Party(String name, String role, String personId, String organisationId) {
}
