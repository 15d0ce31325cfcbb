package london.scrutiny.tracker.importer;

import london.scrutiny.tracker.support.InvalidInputException;

/**
 * Text the importer will not draft from, with the reason classified. It is an
 * {@link InvalidInputException} on the argument {@code text}, so an API that lets it
 * through serves it as a BAD_REQUEST whose message says what to change.
 */
public class LetterRejectedException extends InvalidInputException {

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

	private final Reason reason;

	public LetterRejectedException(Reason reason, String message) {
		super("input.text", message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	@Override
	public String reasonCode() {
		return this.reason.name();
	}

}
