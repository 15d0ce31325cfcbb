package london.scrutiny.tracker.importer;

import java.util.List;

import london.scrutiny.tracker.ask.AskKind;

/**
 * An ask, as a letter that answers it or a report or minutes that make it give it.
 * {@code number} is the printed number (null for unnumbered action points);
 * {@code reference} a printed identifier that is not a plain number ("PCC/2023/07",
 * "Q12"). {@code text} is the ask's words where the document gives them (null where a
 * letter gives only the number, as in "Recommendation 3. To all councils");
 * {@code addresseeText} keeps the document's words for whom it was addressed to, and
 * {@code addressees} each of them as a party. {@code title} is a heading the document
 * gives it. {@code askId} is {@code <reportId>/<number>} when the hints name the report.
 */
public record DraftAsk(Integer number, String reference, String askId, AskKind kind, String title, String text,
		String addresseeText, List<DraftParty> addressees, DraftDeadline deadline, String quote, String locator,
		Confidence confidence) {

	public DraftAsk {
		addressees = (addressees != null) ? List.copyOf(addressees) : List.of();
	}

	/** An ask as a letter answering it gives it: numbered, with no deadline. */
	public DraftAsk(int number, String askId, AskKind kind, String title, String text, String addresseeText,
			String quote, String locator, Confidence confidence) {
		this(number, null, askId, kind, title, text, addresseeText, List.of(), null, quote, locator, confidence);
	}

}
