package london.scrutiny.tracker.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.support.Period;

/**
 * The spans of time a letter gives figures for: financial years ("2022-23", "2019/20"),
 * month ranges ("April 2020 – March 2021"), open spans ("since October 2020", "to April
 * 2023") and "so far". A financial year runs from 1 April to 31 March, as the GLA's does.
 */
final class PeriodReader {

	private static final String M = "(" + DateWords.MONTH + ")";

	private static final String Y = "((?:19|20)\\d{2})";

	/**
	 * A financial year's second half: "23" in 2022-23, "5" in 2014/5, or the full year.
	 */
	private static final String FY_END = "(\\d{1,2}|(?:19|20)\\d{2})(?!\\d)";

	private static final Pattern MONTH_RANGE = Pattern
		.compile("(?:\\bfrom\\s+)?" + M + "\\s+" + Y + "\\s*(?:–|—|-|\\bto\\b|\\buntil\\b)\\s*" + M + "\\s+" + Y);

	private static final Pattern MONTHS_OF_FINANCIAL_YEAR = Pattern
		.compile(M + "\\s+(?:to|–|-)\\s+" + M + "\\s+" + Y + "\\s?[/–-]\\s?" + FY_END);

	private static final Pattern BETWEEN_MONTHS = Pattern
		.compile("\\bbetween\\s+" + M + "\\s+and\\s+" + M + "\\s+" + Y);

	private static final Pattern FINANCIAL_YEARS = Pattern
		.compile(Y + "\\s?[/–-]\\s?" + FY_END + "\\s*(?:to|–|-)\\s*" + Y + "\\s?[/–-]\\s?" + FY_END);

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?<![\\d/])" + Y + "\\s?[/–-]\\s?" + FY_END);

	/** "this financial year (2022-23)": the words and the year, read as one period. */
	private static final Pattern NAMED_FINANCIAL_YEAR = Pattern
		.compile("(?i:\\b(?:this|the|last|next|current)\\s+financial\\s+year\\s*\\(\\s*)" + Y + "\\s?[/–-]\\s?" + FY_END
				+ "\\s*\\)");

	private static final Pattern SINCE_MONTH = Pattern.compile("\\bsince\\s+" + M + "\\s+" + Y);

	private static final Pattern SINCE_YEAR = Pattern.compile("\\bsince\\s+" + Y + "(?![/–-]?\\d)");

	private static final Pattern UNTIL_MONTH = Pattern.compile("\\b(?:to|until|till|by|up\\s+to)\\s+" + M + "\\s+" + Y);

	private static final Pattern IN_MONTH = Pattern.compile("(?i:\\b(?:in|during|throughout)\\s+)" + M + "\\s+" + Y);

	private static final Pattern IN_YEAR = Pattern
		.compile("(?i:\\b(?:in|during|throughout)\\s+)" + Y + "(?![/–-]?\\d)");

	private static final Pattern SO_FAR = Pattern.compile("(?i)\\b(?:so\\s+far|to\\s+date)\\b");

	private PeriodReader() {
	}

	/** A period and where its words are in the text. */
	record Found(int start, int end, Period period) {
	}

	/**
	 * Every period in {@code text}, left to right, none overlapping (the longer reading
	 * wins).
	 */
	static List<Found> find(String text, LocalDate letterDate) {
		List<Found> all = new ArrayList<>();
		collect(all, MONTH_RANGE, text,
				(m) -> period(DateWords.firstDay(m.group(1), year(m, 2)), DateWords.lastDay(m.group(3), year(m, 4))));
		collect(all, MONTHS_OF_FINANCIAL_YEAR, text, (m) -> {
			Integer end = financialYearEnd(year(m, 3), m.group(4));
			return (end == null) ? null
					: period(DateWords.firstDay(m.group(1), year(m, 3)), DateWords.lastDay(m.group(2), end));
		});
		collect(all, BETWEEN_MONTHS, text,
				(m) -> period(DateWords.firstDay(m.group(1), year(m, 3)), DateWords.lastDay(m.group(2), year(m, 3))));
		collect(all, FINANCIAL_YEARS, text, (m) -> {
			Integer first = financialYearEnd(year(m, 1), m.group(2));
			Integer last = financialYearEnd(year(m, 3), m.group(4));
			return (first == null || last == null) ? null
					: period(LocalDate.of(year(m, 1), 4, 1), LocalDate.of(last, 3, 31));
		});
		collect(all, FINANCIAL_YEAR, text, (m) -> {
			Integer end = financialYearEnd(year(m, 1), m.group(2));
			return (end == null) ? null : period(LocalDate.of(year(m, 1), 4, 1), LocalDate.of(end, 3, 31));
		});
		collect(all, NAMED_FINANCIAL_YEAR, text, (m) -> {
			Integer end = financialYearEnd(year(m, 1), m.group(2));
			return (end == null) ? null : period(LocalDate.of(year(m, 1), 4, 1), LocalDate.of(end, 3, 31));
		});
		collect(all, SINCE_MONTH, text, (m) -> period(DateWords.firstDay(m.group(1), year(m, 2)), null));
		collect(all, SINCE_YEAR, text, (m) -> period(LocalDate.of(year(m, 1), 1, 1), null));
		collect(all, UNTIL_MONTH, text, (m) -> period(null, DateWords.lastDay(m.group(1), year(m, 2))));
		collect(all, IN_MONTH, text,
				(m) -> period(DateWords.firstDay(m.group(1), year(m, 2)), DateWords.lastDay(m.group(1), year(m, 2))));
		collect(all, IN_YEAR, text, (m) -> period(LocalDate.of(year(m, 1), 1, 1), LocalDate.of(year(m, 1), 12, 31)));
		collect(all, SO_FAR, text, (m) -> period(null, letterDate));
		all.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::start));
		List<Found> kept = new ArrayList<>();
		for (Found found : all) {
			if (kept.stream().noneMatch((k) -> k.start() < found.end() && found.start() < k.end())) {
				kept.add(found);
			}
		}
		kept.sort(Comparator.comparingInt(Found::start));
		return kept;
	}

	/** The period whose words are nearest to {@code [start, end)}, or null. */
	static Period nearest(List<Found> periods, int start, int end) {
		Found best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Found found : periods) {
			int distance = (found.end() <= start) ? start - found.end() : Math.max(0, found.start() - end);
			if (distance < bestDistance) {
				best = found;
				bestDistance = distance;
			}
		}
		return (best != null) ? best.period() : null;
	}

	/** A range with its bounds; the words are filled in by {@link #collect}. */
	private static Period period(LocalDate from, LocalDate to) {
		return new Period(from, to, null);
	}

	private static void collect(List<Found> all, Pattern pattern, String text, Function<Matcher, Period> read) {
		Matcher match = pattern.matcher(text);
		while (match.find()) {
			Period bounds = read.apply(match);
			if (bounds != null) {
				all.add(new Found(match.start(), match.end(),
						new Period(bounds.from(), bounds.to(), text.substring(match.start(), match.end()))));
			}
		}
	}

	private static int year(Matcher match, int group) {
		return Integer.parseInt(match.group(group));
	}

	/**
	 * The calendar year a financial year starting in {@code start} ends in, if
	 * {@code written} names it.
	 */
	private static Integer financialYearEnd(int start, String written) {
		int next = start + 1;
		boolean names = written.length() == 4 ? Integer.parseInt(written) == next
				: Integer.parseInt(written) == next % (int) Math.pow(10, written.length());
		return names ? next : null;
	}

}
