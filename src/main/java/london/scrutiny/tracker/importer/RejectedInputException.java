package london.scrutiny.tracker.importer;

import london.scrutiny.tracker.support.InvalidInputException;

/**
 * Input the importers will not read (a letter's text, a PDF), refused with a classified
 * reason: served as a BAD_REQUEST on the argument at fault, with the reason's name as
 * {@code extensions.reason} for a client's switch and what to do in the message. Nothing
 * is stored. Each kind of input has its own enum of reasons (a generic exception is not
 * allowed, so each subclass narrows {@link #reason()}).
 */
public abstract class RejectedInputException extends InvalidInputException {

	private final Enum<?> reason;

	protected RejectedInputException(String argument, Enum<?> reason, String message) {
		super(argument, message);
		this.reason = reason;
	}

	public Enum<?> reason() {
		return this.reason;
	}

	@Override
	public String reasonCode() {
		return this.reason.name();
	}

}
