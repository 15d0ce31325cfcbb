package london.scrutiny.tracker.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.support.Precision;

/**
 * Dates as British letters write them: "7 June 2021", "25th January 2023", "12 April"
 * (the year left to context).
 */
final class DateWords {

	/** Month names, full or abbreviated, capitalised: "may" in running text is a verb. */
	static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])";

	/** Day, month and, optionally, year: groups day, month, year. */
	static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")(?:,?\\s+((?:19|20)\\d{2}))?(?!\\d)");

	/** A date written in figures, day first: 18/08/2022, 05.03.2024. */
	static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d{2})\\b");

	/** Month first, as American and some government pages write it: "March 5, 2024". */
	static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b(" + MONTH + ")\\.?\\s++(\\d{1,2})(?:st|nd|rd|th)?,?\\s++((?:19|20)\\d{2})(?!\\d)");

	/** A month and year alone: "April 2021". */
	static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTH + ")\\s++((?:19|20)\\d{2})(?!\\d)");

	/**
	 * A date at the start of {@code text}, in any of the forms letters use, and how
	 * exactly it is given; null when {@code text} does not start with one.
	 */
	record Stated(LocalDate value, Precision precision, String asWritten) {
	}

	static Stated at(String text, int from) {
		Matcher words = DAY_MONTH_YEAR.matcher(text);
		if (words.find(from) && words.start() == from && words.group(3) != null) {
			LocalDate value = date(words, null);
			return (value != null) ? new Stated(value, Precision.DAY, words.group()) : null;
		}
		Matcher american = MONTH_DAY_YEAR.matcher(text);
		if (american.find(from) && american.start() == from) {
			LocalDate value = date(Integer.parseInt(american.group(3)), month(american.group(1)),
					Integer.parseInt(american.group(2)));
			return (value != null) ? new Stated(value, Precision.DAY, american.group()) : null;
		}
		Matcher numeric = NUMERIC.matcher(text);
		if (numeric.find(from) && numeric.start() == from) {
			int month = Integer.parseInt(numeric.group(3));
			LocalDate value = (month >= 1 && month <= 12)
					? date(Integer.parseInt(numeric.group(4)), Month.of(month), Integer.parseInt(numeric.group(1)))
					: null;
			return (value != null) ? new Stated(value, Precision.DAY, numeric.group()) : null;
		}
		Matcher monthYear = MONTH_YEAR.matcher(text);
		if (monthYear.find(from) && monthYear.start() == from) {
			return new Stated(firstDay(monthYear.group(1), Integer.parseInt(monthYear.group(2))), Precision.MONTH,
					monthYear.group());
		}
		return null;
	}

	private DateWords() {
	}

	static Month month(String name) {
		String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(prefix)) {
				return month;
			}
		}
		throw new IllegalArgumentException("Not a month: " + name);
	}

	/** The date, or null when the words name no real day (31 June). */
	static LocalDate date(int year, Month month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The date a {@link #DAY_MONTH_YEAR} match names, its year taken from {@code anchor}
	 * when not written.
	 */
	static LocalDate date(Matcher match, LocalDate anchor) {
		int day = Integer.parseInt(match.group(1));
		Month month = month(match.group(2));
		if (match.group(3) != null) {
			return date(Integer.parseInt(match.group(3)), month, day);
		}
		return (anchor != null) ? latestOnOrBefore(day, month, anchor) : null;
	}

	/**
	 * A day and month without a year, read as the latest such date on or before
	 * {@code anchor}: a letter dated 7 June 2021 that thanks you for "your letter of 12
	 * April" means 12 April 2021.
	 */
	static LocalDate latestOnOrBefore(int day, Month month, LocalDate anchor) {
		LocalDate date = date(anchor.getYear(), month, day);
		if (date == null || date.isAfter(anchor)) {
			date = date(anchor.getYear() - 1, month, day);
		}
		return date;
	}

	static LocalDate firstDay(String monthName, int year) {
		return LocalDate.of(year, month(monthName), 1);
	}

	static LocalDate lastDay(String monthName, int year) {
		LocalDate first = firstDay(monthName, year);
		return first.withDayOfMonth(first.lengthOfMonth());
	}

	/** "9 February 2023", as a note to a clerk writes a date. */
	static String spoken(LocalDate date) {
		return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
				+ date.getYear();
	}

}
