package london.scrutiny.tracker.ask;

/** The position an answer takes on an ask (assessed, never quoted). */
public enum Position {

	ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED, ALREADY_IN_PLACE, UNDER_CONSIDERATION, NOTED

}
