package london.scrutiny.tracker.support;

import java.math.BigDecimal;

/**
 * The decimal numbers the API accepts: figures and sums of money as documents state them.
 * MongoDB's Decimal128 keeps 34 significant digits exactly; beyond that a number cannot
 * be stored as given. No figure the committee's documents state reaches a thousand
 * million million, nor needs more than ten decimal places.
 */
public final class Numbers {

	/** The largest magnitude accepted, exclusive. */
	public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

	/** The most decimal places accepted. */
	public static final int MAX_SCALE = 10;

	/** The most significant digits accepted: what Decimal128 holds exactly. */
	public static final int MAX_DIGITS = 34;

	/** The rule, as the schema and errors state it. */
	public static final String RULE = "less than 10^15 in size, with at most " + MAX_DIGITS + " significant digits and "
			+ MAX_SCALE + " decimal places.";

	private Numbers() {
	}

	/** What is wrong with a number given to the API, or null when it is acceptable. */
	public static String problem(BigDecimal value) {
		// Magnitude first: it is cheap even for 1e999999999, and such a number fails it.
		if (value.abs().compareTo(LIMIT) >= 0) {
			return "A number must be " + RULE;
		}
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.scale() > MAX_SCALE || plain.precision() > MAX_DIGITS) {
			return "A number must be " + RULE;
		}
		return null;
	}

}
