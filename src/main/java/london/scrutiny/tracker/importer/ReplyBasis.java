package london.scrutiny.tracker.importer;

/** Where the date of the correspondence a letter answers comes from. */
public enum ReplyBasis {

	/** The letter says it: "your letter of 12 April". */
	STATED,
	/**
	 * Read from the reference, whose ddmmyy digits (MOPACddmmyy, MGLAddmmyy) date the
	 * correspondence answered.
	 */
	DERIVED_FROM_REFERENCE

}
