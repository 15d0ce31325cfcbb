package london.scrutiny.tracker.support;

import java.time.LocalDate;

/**
 * The dates the API accepts, and checks on the date ranges of filters and writes. Every
 * {@code Date} argument is held to {@link #EARLIEST} .. {@link #LATEST} by the scalar
 * itself, so writers and filters need not check it again.
 */
public final class Dates {

	/** The earliest date the API accepts: before any document the tracker records. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date the API accepts: beyond any deadline a body would set. */
	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private Dates() {
	}

	/** Whether a date lies in the years the API accepts. */
	public static boolean isPlausible(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	public static void checkRange(String argument, LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInputException(argument,
					"The date range is empty: '" + argument + "' (" + from + ") is after its end (" + to + ").");
		}
	}

}
