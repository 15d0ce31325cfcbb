package london.scrutiny.tracker.importer;

/**
 * An ask the tracker already holds, which a letter may answer: its number, its printed
 * reference where it has one, its id, and its words (null where unknown).
 */
public record KnownAsk(Integer number, String reference, String id, String text) {
}
