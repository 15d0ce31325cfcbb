package london.scrutiny.tracker.support;

/**
 * A write names a record that does not exist; served as NOT_FOUND, naming the input
 * field.
 */
public class NotFoundException extends InvalidInputException {

	public NotFoundException(String argument, String message) {
		super(argument, message);
	}

}
