package london.scrutiny.tracker.importer;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What the readers of other documents (reports and minutes, PDFs) share with the letter
 * reader: the checks every text passes before it is read, and dates as British documents
 * write them.
 */
public final class TextWords {

	/** The longest text any reader takes, in characters. */
	public static final int MAX_CHARACTERS = LetterParser.MAX_CHARACTERS;

	/** Month names, full or abbreviated, capitalised. */
	public static final String MONTH = DateWords.MONTH;

	/** Day, month and, optionally, year: groups day, month, year. */
	public static final Pattern DAY_MONTH_YEAR = DateWords.DAY_MONTH_YEAR;

	/** A date in figures, day first: 18/08/2022; groups day, month, year. */
	public static final Pattern NUMERIC = DateWords.NUMERIC;

	private TextWords() {
	}

	/**
	 * Refuses empty, binary and oversized text with a classified
	 * {@link LetterRejectedException}.
	 */
	public static void check(String text) {
		InputCheck.check(text);
	}

	/** The date, or null when the numbers name no real day (31 June). */
	public static LocalDate date(int year, String monthName, int day) {
		return DateWords.date(year, DateWords.month(monthName), day);
	}

	/** The month's last day. */
	public static LocalDate lastDay(String monthName, int year) {
		return DateWords.lastDay(monthName, year);
	}

}
