package london.scrutiny.tracker.importer.asks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import london.scrutiny.tracker.importer.DraftDeadline;
import london.scrutiny.tracker.importer.TextWords;
import london.scrutiny.tracker.support.Precision;

/**
 * Finds when an ask is due, in the words the document uses: a date it is due by ("By
 * November 2026", "no later than 31 May 2022"), the next meeting ("at the next formal
 * Panel meeting on 26 November 2013"), a span ("within six weeks"), a recurrence
 * ("annually (ahead of the Q&amp;A)") or a term ("in the Commissioner's term"). Dates of
 * meetings held, periods of data ("in 2018") and vague times ("in due course") are not
 * deadlines, so nothing without one of these forms is taken.
 */
final class Deadlines {

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?\\s+";

	private static final Pattern BY_DATE = Pattern.compile("\\b(?:[Bb]y|[Bb]efore|[Nn]o later than|[Uu]ntil)\\s+"
			+ "(?:the end of\\s+)?(?:" + DAY + ")?(" + TextWords.MONTH + ")\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern BY_NUMERIC = Pattern
		.compile("\\b(?:[Bb]y|[Bb]efore|[Nn]o later than)\\s+(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");

	private static final Pattern BY_YEAR = Pattern
		.compile("\\b(?:[Bb]y|[Bb]efore|[Nn]o later than)\\s+(?:the end of\\s+)?((?:19|20)\\d{2})\\b(?![/-]\\d)");

	private static final Pattern NEXT_MEETING = Pattern.compile("\\b(?:the\\s+)?next\\s+(?:[A-Za-z]+\\s+){0,3}?meeting"
			+ "(?:\\s+(?:on|of)\\s+(?:[A-Z][a-z]+day\\s+)?" + DAY + "(" + TextWords.MONTH + ")\\s+((?:19|20)\\d{2}))?");

	private static final Pattern WITHIN = Pattern.compile(
			"\\bwithin\\s+(?:\\d{1,3}|one|two|three|four|five|six|eight|ten|twelve)\\s+(?:working\\s+)?(?:days|weeks|months)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RECURRING = Pattern.compile(
			"\\b(?:annually|quarterly|every (?:three|six|twelve) months|every year|each year)\\b(?:\\s*\\([^()]{1,200}\\))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TERM = Pattern.compile(
			"\\b(?:[Ii]n|[Dd]uring|[Ww]ithin|[Bb]y the end of)\\s+(?:the|this|his|her|their)\\s+(?:[A-Z][\\w’']*\\s+)?term\\b");

	private Deadlines() {
	}

	/** The first deadline the text states, if any. */
	static Optional<DraftDeadline> in(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		return Stream.of(found(BY_DATE.matcher(text), Deadlines::byDate),
				found(BY_NUMERIC.matcher(text), Deadlines::numeric), found(BY_YEAR.matcher(text), Deadlines::byYear),
				found(NEXT_MEETING.matcher(text), Deadlines::nextMeeting),
				found(WITHIN.matcher(text), Deadlines::wordsOnly), found(RECURRING.matcher(text), Deadlines::wordsOnly),
				found(TERM.matcher(text), Deadlines::wordsOnly))
			.flatMap(Optional::stream)
			.min(Comparator.comparingInt(Found::start))
			.map(Found::deadline);
	}

	private record Found(int start, DraftDeadline deadline) {
	}

	private static Optional<Found> found(Matcher m, java.util.function.Function<Matcher, DraftDeadline> read) {
		return m.find() ? Optional.of(new Found(m.start(), read.apply(m))) : Optional.empty();
	}

	private static DraftDeadline byDate(Matcher m) {
		int year = Integer.parseInt(m.group(3));
		if (m.group(1) != null) {
			LocalDate date = TextWords.date(year, m.group(2), Integer.parseInt(m.group(1)));
			return new DraftDeadline(m.group(), date, (date != null) ? Precision.DAY : null);
		}
		return new DraftDeadline(m.group(), TextWords.lastDay(m.group(2), year), Precision.MONTH);
	}

	private static DraftDeadline numeric(Matcher m) {
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1)));
		}
		catch (java.time.DateTimeException ex) {
			date = null;
		}
		return new DraftDeadline(m.group(), date, (date != null) ? Precision.DAY : null);
	}

	private static DraftDeadline byYear(Matcher m) {
		int year = Integer.parseInt(m.group(1));
		return new DraftDeadline(m.group(), LocalDate.of(year, 12, 31), Precision.YEAR);
	}

	private static DraftDeadline nextMeeting(Matcher m) {
		String words = m.group();
		if (words.startsWith("the ") || words.startsWith("The ")) {
			words = words.substring(4);
		}
		if (m.group(3) != null) {
			LocalDate date = TextWords.date(Integer.parseInt(m.group(3)), m.group(2), Integer.parseInt(m.group(1)));
			return new DraftDeadline(words, date, (date != null) ? Precision.DAY : null);
		}
		return new DraftDeadline(words, null, null);
	}

	private static DraftDeadline wordsOnly(Matcher m) {
		return new DraftDeadline(m.group(), null, null);
	}

}
