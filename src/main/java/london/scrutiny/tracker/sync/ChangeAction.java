package london.scrutiny.tracker.sync;

/** What happened to a record. */
public enum ChangeAction {

	/** Held when the client started: part of the initial snapshot. */
	PRESENT,

	/** Stored for the first time. */
	CREATED,

	/** Changed. */
	UPDATED

}
