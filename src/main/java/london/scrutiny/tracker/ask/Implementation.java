package london.scrutiny.tracker.ask;

/** How far what an ask asks for has been done (assessed). */
public enum Implementation {

	NOT_STARTED, IN_PROGRESS, IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED, UNKNOWN

}
