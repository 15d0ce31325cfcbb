package london.scrutiny.tracker.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the Committee's papers write them: "12 April 2021". */
public final class UkDates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

	private UkDates() {
	}

	/** The date in words; empty for no date. */
	public static String format(LocalDate date) {
		return (date != null) ? LONG.format(date) : "";
	}

	/** An ISO date ("2021-04-12") in words; other text is returned as it is. */
	public static String format(String isoDate) {
		if (isoDate == null) {
			return "";
		}
		try {
			return format(LocalDate.parse(isoDate));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return isoDate;
		}
	}

}
