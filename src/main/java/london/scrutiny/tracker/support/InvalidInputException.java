package london.scrutiny.tracker.support;

/**
 * Input the API cannot act on; served as a BAD_REQUEST error whose message says what to
 * change.
 */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	private final java.util.List<String> fields;

	public InvalidInputException(String argument, String message) {
		this(argument, message, java.util.List.of(argument));
	}

	public InvalidInputException(String argument, String message, java.util.List<String> fields) {
		super(message);
		this.argument = argument;
		this.fields = java.util.List.copyOf(fields);
	}

	/**
	 * A code for the kind of problem, where there is one worth a client's switch (null
	 * otherwise).
	 */
	public String reasonCode() {
		return null;
	}

	/** Every offending argument or input field. */
	public java.util.List<String> fields() {
		return this.fields;
	}

	/** The argument or input field at fault. */
	public String argument() {
		return this.argument;
	}

}
