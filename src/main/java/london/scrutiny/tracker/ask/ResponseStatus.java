package london.scrutiny.tracker.ask;

/** Whether and when an ask was answered, computed from dates. */
public enum ResponseStatus {

	AWAITING_RESPONSE, RESPONSE_OVERDUE, RESPONDED, RESPONDED_LATE

}
