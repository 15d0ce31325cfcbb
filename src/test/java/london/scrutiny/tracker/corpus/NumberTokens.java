package london.scrutiny.tracker.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the number tokens of a corpus text: digits with optional thousands commas and
 * decimals, with a £ before or a %, "per cent", m, million, k or bn after. Numbers that
 * are not amounts are recognised and set aside: dates ("18 August 2022"), years standing
 * alone or in periods ("2019/20", "2022-23"), letter references, postcodes, phone
 * numbers, URLs and e-mail addresses, and numbered-list markers. In a tab-separated
 * table, a column whose header says "£m" (or "£k", "£") gives its cells that unit.
 */
final class NumberTokens {

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

	private static final String YEAR = "(?:19|20)\\d{2}";

	/**
	 * One alternative per kind of token; at any position the earliest listed alternative
	 * wins.
	 */
	private static final Pattern TOKEN = Pattern.compile(String.join("|",
			"(?<url>https?://[^\\s)]+|\\]\\([^)]*\\)|mailto:[^\\s)]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
			"(?<reference>\\b(?:MOPAC|MGLA)\\d{6}-\\s?[A-Z]?\\d+)",
			"(?<postcode>\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b)",
			"(?<phone>\\b0\\d{2,4}\\s\\d{3,4}\\s\\d{3,4}\\b)",
			"(?<date>\\b\\d{1,2}(?:st|nd|rd|th)?\\s" + MONTH + "\\b(?:\\s" + YEAR + "\\b)?)",
			"(?<period>\\b" + YEAR + "\\s?[/-]\\s?(?:" + YEAR + "|\\d{1,2})\\b)",
			"(?<marker>(?m:^)[ \\t]*\\d{1,2}\\.(?=\\s))",
			"(?<number>(?<pound>£\\s?)?(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?<decimals>\\.\\d+)?"
					+ "(?<suffix>\\s?(?:million|per cent|bn|m|k)\\b|%)?)"));

	private static final List<String> SKIPPED_KINDS = List.of("url", "reference", "postcode", "phone", "date", "period",
			"marker");

	private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1990);

	private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2030);

	private NumberTokens() {
	}

	/** Why a number in the text is not counted as a possible figure. */
	enum Skip {

		URL, REFERENCE, POSTCODE, PHONE, DATE, PERIOD, LIST_MARKER, YEAR;

		static Skip of(String group) {
			return "marker".equals(group) ? LIST_MARKER : valueOf(group.toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * What kind of amount a token states, which decides the figure units that can match
	 * it.
	 */
	enum Kind {

		MONEY, PERCENT, PLAIN

	}

	/**
	 * A number token: its text and place, and either why it is skipped or its value
	 * (£11.4m is 11400000) and kind.
	 */
	record Token(String text, int start, int end, Skip skipped, BigDecimal value, Kind kind) {

		boolean counted() {
			return this.skipped == null;
		}

	}

	static List<Token> scan(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			String kind = SKIPPED_KINDS.stream().filter((g) -> matcher.group(g) != null).findFirst().orElse("number");
			if (!kind.equals("number")) {
				if (matcher.group().chars().anyMatch(Character::isDigit)) {
					tokens.add(new Token(matcher.group().strip(), matcher.start(), matcher.end(), Skip.of(kind), null,
							null));
				}
				continue;
			}
			tokens.add(number(text, matcher));
		}
		return tokens;
	}

	private static Token number(String text, Matcher matcher) {
		BigDecimal stated = new BigDecimal(matcher.group("digits").replace(",", "")
				+ ((matcher.group("decimals") != null) ? matcher.group("decimals") : ""));
		String suffix = (matcher.group("suffix") != null) ? matcher.group("suffix").strip() : "";
		boolean pound = matcher.group("pound") != null;
		if (!pound && suffix.isEmpty() && !matcher.group("digits").contains(",") && matcher.group("decimals") == null
				&& stated.compareTo(FIRST_YEAR) >= 0 && stated.compareTo(LAST_YEAR) <= 0) {
			return new Token(matcher.group(), matcher.start(), matcher.end(), Skip.YEAR, null, null);
		}
		Kind kind = pound ? Kind.MONEY : (suffix.equals("%") || suffix.equals("per cent")) ? Kind.PERCENT : Kind.PLAIN;
		BigDecimal value = stated.multiply(multiplier(suffix));
		String columnUnit = tableColumnHeader(text, matcher.start());
		if (kind == Kind.PLAIN && columnUnit != null && columnUnit.contains("£")) {
			kind = Kind.MONEY;
			value = value.multiply(multiplier(columnUnit.substring(columnUnit.indexOf('£') + 1).strip()));
		}
		return new Token(matcher.group(), matcher.start(), matcher.end(), null, plain(value), kind);
	}

	/**
	 * The value without trailing zeros after the point (11.4 × 1,000,000 is 11400000, not
	 * 11400000.0).
	 */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static BigDecimal multiplier(String suffix) {
		return switch (suffix) {
			case "m", "million" -> BigDecimal.valueOf(1_000_000);
			case "k" -> BigDecimal.valueOf(1_000);
			case "bn" -> BigDecimal.valueOf(1_000_000_000);
			default -> BigDecimal.ONE;
		};
	}

	/**
	 * The header cell above a cell of a tab-separated table (the first line of the block
	 * of tab-separated lines the token's line belongs to), or null when the token is not
	 * in such a table.
	 */
	private static String tableColumnHeader(String text, int at) {
		Line line = Line.at(text, at);
		if (!line.content(text).contains("\t")) {
			return null;
		}
		int column = (int) text.substring(line.start(), at).chars().filter((c) -> c == '\t').count();
		Line header = line;
		for (Line above = header.previous(text); above != null
				&& above.content(text).contains("\t"); above = above.previous(text)) {
			header = above;
		}
		String[] cells = header.content(text).split("\t");
		return (header != line && column < cells.length) ? cells[column] : null;
	}

	/** A line of the text, by offsets. */
	record Line(int start, int end) {

		static Line at(String text, int offset) {
			int start = text.lastIndexOf('\n', offset - 1) + 1;
			int end = text.indexOf('\n', offset);
			return new Line(start, (end < 0) ? text.length() : end);
		}

		Line previous(String text) {
			return (this.start == 0) ? null : at(text, this.start - 1);
		}

		String content(String text) {
			return text.substring(this.start, this.end);
		}

	}

}
