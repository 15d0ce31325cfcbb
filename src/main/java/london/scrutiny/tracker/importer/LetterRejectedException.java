package london.scrutiny.tracker.importer;

/**
 * Text the importer will not draft from, with the reason classified, refused on the
 * argument {@code input.text} (see {@link RejectedInputException}).
 */
public class LetterRejectedException extends RejectedInputException {

	/** Why the text was rejected. */
	public enum Reason {

		/** No text, or only white space. */
		EMPTY,
		/**
		 * NUL bytes or mostly unprintable characters: a binary file rather than its text.
		 */
		BINARY,
		/** Longer than {@link LetterParser#MAX_CHARACTERS}. */
		OVERSIZED,
		/**
		 * Text without any mark of a letter: no reference, no date, no salutation and no
		 * sign-off.
		 */
		NOT_A_LETTER,
		/**
		 * Reading took longer than the request may take: the reading stopped and nothing
		 * was drafted.
		 */
		TOO_SLOW

	}

	public LetterRejectedException(Reason reason, String message) {
		super("input.text", reason, message);
	}

	@Override
	public Reason reason() {
		return (Reason) super.reason();
	}

}
