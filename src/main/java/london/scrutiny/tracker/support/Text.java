package london.scrutiny.tracker.support;

import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * User text in filters and search is always literal: it is quoted before it becomes a
 * pattern, so {@code .*} finds a dot and a star, and {@code {"$gt": ""}} is just
 * characters.
 */
public final class Text {

	/** Longest text a filter or search accepts. */
	public static final int MAX_LENGTH = 200;

	private Text() {
	}

	public static Pattern literal(String argument, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(argument, "'" + argument + "' must contain some text to look for.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException(argument,
					"'" + argument + "' is limited to " + MAX_LENGTH + " characters; got " + text.length() + ".");
		}
		return Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** Matches when any of the fields contains the literal text. */
	public static Criteria anyFieldContains(Pattern pattern, String... fields) {
		Criteria[] each = new Criteria[fields.length];
		for (int i = 0; i < fields.length; i++) {
			each[i] = Criteria.where(fields[i]).regex(pattern);
		}
		return new Criteria().orOperator(each);
	}

	/**
	 * User text as an error message may echo it: at most 40 characters, control
	 * characters shown as '?'.
	 */
	public static String shown(String text) {
		if (text == null) {
			return "null";
		}
		String cut = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
		return cut.replaceAll("\\p{Cntrl}", "?");
	}

	/** Collapses runs of white space to one space, as quotes are compared. */
	public static String normaliseSpace(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
