package london.scrutiny.tracker.support;

/** How exactly a date is known. */
public enum Precision {

	DAY, MONTH, YEAR

}
