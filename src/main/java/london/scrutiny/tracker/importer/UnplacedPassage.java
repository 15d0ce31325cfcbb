package london.scrutiny.tracker.importer;

/**
 * A passage of the letter's body that the draft ties to no ask, for the clerk to place or
 * dismiss.
 */
public record UnplacedPassage(String quote, String reason) {
}
