package london.scrutiny.tracker.support;

import java.time.LocalDate;

/** Checks on the date ranges of filters. */
public final class Dates {

	private Dates() {
	}

	public static void checkRange(String argument, LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInputException(argument,
					"The date range is empty: '" + argument + "' (" + from + ") is after its end (" + to + ").");
		}
	}

}
