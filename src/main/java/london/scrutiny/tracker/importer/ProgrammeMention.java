package london.scrutiny.tracker.importer;

/**
 * A place where the letter names a known programme: {@code matched} is the words as
 * written, {@code quote} the sentence around them, {@code askNumber} the ask whose answer
 * holds it (null outside the answers).
 */
public record ProgrammeMention(String programmeId, String name, String matched, String quote, Integer askNumber,
		Confidence confidence) {
}
