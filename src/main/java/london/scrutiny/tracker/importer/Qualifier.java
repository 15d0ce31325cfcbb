package london.scrutiny.tracker.importer;

/**
 * How a figure is hedged: "c. £20m" is APPROXIMATE, "just under £3m" LESS_THAN, "up to
 * £750,000" UP_TO.
 */
public enum Qualifier {

	EXACT, APPROXIMATE, MORE_THAN, LESS_THAN, NEARLY, AT_LEAST, UP_TO, MINIMUM, MAXIMUM

}
