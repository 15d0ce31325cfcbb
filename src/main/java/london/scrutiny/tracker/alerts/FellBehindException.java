package london.scrutiny.tracker.alerts;

/**
 * A subscriber read its alerts too slowly: more than {@code capacity} waited to be sent,
 * so its stream was ended rather than let alerts drop or memory grow. Checked, so that
 * only the subscription's own resolver ({@link AlertErrors}) classifies it.
 */
class FellBehindException extends Exception {

	private final transient String lastQueued;

	FellBehindException(int capacity, String lastQueued) {
		super("This subscription fell more than " + capacity + " alerts behind and was ended; nothing is lost. "
				+ "Subscribe again with askEvents(after: <the id of the last alert you received>) to receive "
				+ "what followed it from the store, then live"
				+ ((lastQueued != null) ? " (the last alert sent was " + lastQueued + ")." : "."));
		this.lastQueued = lastQueued;
	}

	/** The last alert sent on the stream before it ended; null if none was. */
	String lastQueued() {
		return this.lastQueued;
	}

}
