package london.scrutiny.tracker.status;

/** Whether an ask's own deadline has been met, as of a date. */
public enum DeadlineStatus {

	UPCOMING, MET, MISSED

}
