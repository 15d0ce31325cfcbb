package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line of a letter into sentences, by offset, so that a figure's or a
 * programme's quote is the sentence that states it. A full stop ends a sentence only
 * before a capital, a digit, a bracket or a quote mark, and never after an abbreviation
 * such as "c." (as in "c. £20m").
 */
final class Sentences {

	private static final Pattern END = Pattern.compile("[.!?]['’”\")\\]]*\\s+");

	/** "1." or "- 2)" opening a line: list numbering, not a sentence of its own. */
	private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:[-•▪–*]\\s+)?\\d{1,2}[.)]$");

	private static final Set<String> ABBREVIATIONS = Set.of("c", "ca", "approx", "e.g", "i.e", "eg", "ie", "etc", "mr",
			"mrs", "ms", "dr", "no", "nos", "st", "prof", "rt", "hon", "vs", "cf", "fig", "para", "vol", "p", "pp");

	private Sentences() {
	}

	/**
	 * Offsets {@code [start, end)} of each sentence in {@code text}, trimmed of
	 * surrounding white space.
	 */
	static List<int[]> split(String text) {
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		Matcher end = END.matcher(text);
		while (end.find()) {
			int next = end.end();
			if (next >= text.length() || !startsSentence(text.charAt(next)) || afterAbbreviation(text, end.start())
					|| end.start() - start < 8
							&& LIST_NUMBER.matcher(text.substring(start, end.start() + 1)).matches()) {
				continue;
			}
			add(spans, text, start, next);
			start = next;
		}
		add(spans, text, start, text.length());
		return spans;
	}

	/** The sentence of {@code text} that holds offset {@code at}. */
	static int[] around(String text, int at) {
		return containing(split(text), at, text.length());
	}

	/**
	 * The span of {@code spans} (from {@link #split}) that holds offset {@code at}, or
	 * the whole text.
	 */
	static int[] containing(List<int[]> spans, int at, int length) {
		for (int[] span : spans) {
			if (at >= span[0] && at < span[1]) {
				return span;
			}
		}
		return new int[] { 0, length };
	}

	private static boolean startsSentence(char c) {
		return Character.isUpperCase(c) || Character.isDigit(c) || "([\"'‘“£*".indexOf(c) >= 0;
	}

	private static boolean afterAbbreviation(String text, int stop) {
		int from = stop;
		while (from > 0 && stop - from < 8
				&& (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
			from--;
		}
		String word = text.substring(from, stop).toLowerCase(Locale.ROOT);
		return ABBREVIATIONS.contains(word);
	}

	private static void add(List<int[]> spans, String text, int from, int to) {
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		if (to > from) {
			spans.add(new int[] { from, to });
		}
	}

}
