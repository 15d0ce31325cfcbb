package london.scrutiny.tracker.support;

/** Input the API cannot act on; served as a BAD_REQUEST error whose message says what to change. */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	public InvalidInputException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The argument or input field at fault. */
	public String argument() {
		return this.argument;
	}

}
