package london.scrutiny.tracker.importer;

import java.util.regex.Pattern;

/**
 * The markdown that PDF conversion leaves in a letter's text: heading marks, emphasis
 * stars (sometimes glued across what were separate lines), list markers. Emphasis carries
 * meaning here: a whole line in bold is a heading or, under a "Recommendation N" heading,
 * the recommendation itself.
 */
final class Markup {

	private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");

	private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-•▪–]|\\*(?=\\s)|\\d{1,2}[.)])\\s+");

	/**
	 * A run of emphasis stars: touching a word on at least one side and not escaped. A
	 * star with space on both sides is a footnote mark ("April 2023 – March 2024 *") and
	 * stays.
	 */
	private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)(?:(?<=\\S)\\*+|\\*+(?=\\S))");

	private static final Pattern LEADING_STARS = Pattern.compile("^\\*++");

	/** Stars that end a line, not escaped, read from where their run starts. */
	private static final Pattern TRAILING_STARS = Pattern.compile("(?<![\\\\*])\\*++$");

	private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F]+");

	private Markup() {
	}

	/**
	 * The words of a line as a reader sees them: heading marks and emphasis stars dropped
	 * (an escaped {@code \*} or a lone footnote star is a real star), runs of spaces
	 * collapsed. Tabs are kept: they separate table cells.
	 */
	static String plain(String raw) {
		String text = HEADING_MARK.matcher(raw).replaceFirst("");
		// A single star in a line pairs with nothing: a footnote mark ("VEM* officers"),
		// not emphasis.
		if (text.replace("\\*", "").chars().filter((c) -> c == '*').count() != 1) {
			text = EMPHASIS.matcher(text).replaceAll("");
		}
		text = text.replace("\\*", "*");
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	/**
	 * Offsets {@code [from, to)} of the line without its outer markup: heading marks and
	 * white space, and emphasis stars that wrap the whole line or are left unpaired by a
	 * bold run that crosses a line ("**Recommendation 4. To all ..." then "...
	 * recommendation 4.**"). Stars that pair within the line ("**Camden** - two estates")
	 * are kept, so what is left is still a verbatim, readable quote.
	 */
	static int[] innerSpan(String raw) {
		int from = 0;
		int to = raw.length();
		while (from < to && (isSpace(raw.charAt(from)) || raw.charAt(from) == '#')) {
			from++;
		}
		while (to > from && isSpace(raw.charAt(to - 1))) {
			to--;
		}
		int lead = 0;
		while (from + lead < to && raw.charAt(from + lead) == '*') {
			lead++;
		}
		int trail = 0;
		while (to - trail - 1 > from + lead && raw.charAt(to - trail - 1) == '*'
				&& (to - trail - 2 < 0 || raw.charAt(to - trail - 2) != '\\')) {
			trail++;
		}
		String middle = raw.substring(from + lead, to - trail);
		boolean starsInside = middle.replace("\\*", "").indexOf('*') >= 0;
		if (!starsInside) {
			from += lead;
			to -= trail;
		}
		while (from < to && isSpace(raw.charAt(from))) {
			from++;
		}
		while (to > from && isSpace(raw.charAt(to - 1))) {
			to--;
		}
		return new int[] { from, to };
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0';
	}

	/**
	 * {@code text} without its outer markup: still a substring of it, so still a verbatim
	 * quote.
	 */
	static String inner(String text) {
		int[] span = innerSpan(text);
		return text.substring(span[0], span[1]);
	}

	/**
	 * A line wholly in emphasis: {@code **...**}, {@code ***...***} or {@code *...*},
	 * after any heading mark.
	 */
	static boolean isEmphasised(String raw) {
		String text = HEADING_MARK.matcher(raw).replaceFirst("").strip();
		if (text.length() <= 2 || !text.startsWith("*") || text.startsWith("* ") || !text.endsWith("*")
				|| text.endsWith("\\*") || plain(text).isEmpty()) {
			return false;
		}
		// Wholly in emphasis: no stars left once the outer ones go ("**Camden** -
		// **Hackney**" is not).
		String inside = TRAILING_STARS.matcher(LEADING_STARS.matcher(text).replaceFirst("")).replaceFirst("");
		return inside.replace("\\*", "").indexOf('*') < 0;
	}

	/** A markdown heading ({@code # ...}) or a short line wholly in emphasis. */
	static boolean isHeading(String raw) {
		if (HEADING_MARK.matcher(raw).find()) {
			return true;
		}
		return isEmphasised(raw) && words(plain(raw)) <= 30;
	}

	static boolean isListItem(String raw) {
		return LIST_MARKER.matcher(raw).find();
	}

	/**
	 * Offset in {@code raw} just after a list marker, or 0 when the line is not a list
	 * item.
	 */
	static int afterListMarker(String raw) {
		var matcher = LIST_MARKER.matcher(raw);
		return matcher.find() ? matcher.end() : 0;
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}

}
