package london.scrutiny.tracker.store;

import java.time.LocalDate;

/** Reads calendar dates as they are stored: ISO text, "2022-08-18". */
public final class StoredDates {

	private StoredDates() {
	}

	/**
	 * The date the text holds. Dates are stored as yyyy-MM-dd; reading those digits
	 * directly costs a tenth of the general parser, which a summary of every ask ran tens
	 * of thousands of times. Anything else (or a day the month may not have) gets the
	 * parser's own answer, or its error.
	 */
	public static LocalDate read(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	/** The number the characters spell, or -1 if any is not a digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
