package london.scrutiny.tracker.importer;

import london.scrutiny.tracker.ask.AskKind;

/**
 * An ask the letter answers. {@code text} is the ask's words where the letter repeats
 * them (null where it gives only the number, as in "Recommendation 3. To all councils");
 * {@code addresseeText} keeps the letter's words for whom it was addressed to;
 * {@code title} is the heading the letter gives its answer. {@code askId} is
 * {@code <reportId>/<number>} when the hints name the report.
 */
public record DraftAsk(int number, String askId, AskKind kind, String title, String text, String addresseeText,
		String quote, String locator, Confidence confidence) {
}
