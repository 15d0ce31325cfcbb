package london.scrutiny.tracker.ask;

/** Whether an ask's own deadline has been met, as of a date. */
public enum DeadlineStatus {

	UPCOMING, MET, MISSED

}
