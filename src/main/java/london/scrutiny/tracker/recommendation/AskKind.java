package london.scrutiny.tracker.recommendation;

/** A report's recommendation or a meeting's action point. */
public enum AskKind {

	RECOMMENDATION, ACTION

}
