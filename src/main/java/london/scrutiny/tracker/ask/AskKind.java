package london.scrutiny.tracker.ask;

/** A report's recommendation or a meeting's action point. */
public enum AskKind {

	RECOMMENDATION, ACTION

}
