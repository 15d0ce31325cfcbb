package london.scrutiny.tracker.security;

/**
 * A configured {@code TRACKER_ADMIN_TOKEN} too short to be a secret: start-up stops, and
 * {@link AdminTokenFailureAnalyzer} says why in a sentence rather than a stack trace.
 */
class AdminTokenTooShortException extends IllegalStateException {

	static final int MIN_LENGTH = 24;

	private final int length;

	AdminTokenTooShortException(int length) {
		super("TRACKER_ADMIN_TOKEN must be at least " + MIN_LENGTH + " characters long");
		this.length = length;
	}

	int length() {
		return this.length;
	}

}
