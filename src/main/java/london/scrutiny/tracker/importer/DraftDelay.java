package london.scrutiny.tracker.importer;

/** Whether the letter apologises for answering late, with the sentence that does. */
public record DraftDelay(boolean admitted, String quote, Confidence confidence) {
}
