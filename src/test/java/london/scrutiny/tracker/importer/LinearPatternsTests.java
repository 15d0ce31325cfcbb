package london.scrutiny.tracker.importer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pattern the reader keeps as a constant, run over hostile lines, reads each
 * character a bounded number of times: the work is counted in characters read, not timed,
 * so the test is exact on any machine. A pattern that backtracks (quadratic or worse)
 * reads a 20,000-character line hundreds of millions of times and is stopped and named at
 * the bound.
 */
class LinearPatternsTests {

	/** Long enough that n squared dwarfs any constant times n. */
	private static final int LENGTH = 20_000;

	/** Characters read per character of input that a linear pattern stays under. */
	private static final int READS_PER_CHARACTER = 200;

	private static final List<Class<?>> READERS = List.of(AskFinder.class, DateWords.class, FigureScanner.class,
			HeaderReader.class, Markup.class, PageFurniture.class, PeriodReader.class, ReplyReader.class,
			SignatureReader.class, Sentences.class, Quotes.class, ProgrammeMatcher.class, LetterParser.class,
			ItemSegmenter.class, AnswerAligner.class);

	static List<String> hostileLines() {
		List<String> lines = new ArrayList<>();
		for (String unit : List.of("a", "1", " ", "*", "#", "-", "'", ".", "1,", "a ", "1 ", "A", "Aa ", "\t1", "**a",
				"(", "1.", "Q", "£1", "1/", "; ", "a.", "é", "Dear ", "Our ref ", "Recommendation ", "1 May ",
				"Question No: ")) {
			lines.add(unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH));
		}
		return lines;
	}

	@Test
	void everyPatternTheReaderRunsReadsEachCharacterABoundedNumberOfTimes() throws Exception {
		List<Pattern> patterns = patterns();
		assertThat(patterns).hasSizeGreaterThan(30);
		List<String> slow = new ArrayList<>();
		for (Pattern pattern : patterns) {
			for (String line : hostileLines()) {
				CountingText text = new CountingText(line, (long) READS_PER_CHARACTER * line.length());
				try {
					Matcher matcher = pattern.matcher(text);
					while (matcher.find()) {
						// every match, as replaceAll and a find loop would
					}
					pattern.matcher(text).matches();
				}
				catch (TooManyReads ex) {
					slow.add(pattern.pattern() + " on \"" + line.substring(0, 12) + "...\"");
					break;
				}
			}
		}
		assertThat(slow).as("patterns that backtrack on a long line").isEmpty();
	}

	private static List<Pattern> patterns() throws IllegalAccessException {
		List<Pattern> patterns = new ArrayList<>();
		for (Class<?> reader : READERS) {
			for (Field field : reader.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
					field.setAccessible(true);
					patterns.add((Pattern) field.get(null));
				}
			}
		}
		return patterns;
	}

	private static final class TooManyReads extends RuntimeException {

		TooManyReads() {
			super(null, null, false, false);
		}

	}

	/** A line that counts how often its characters are read, and stops past a bound. */
	private static final class CountingText implements CharSequence {

		private final String text;

		private final long bound;

		private final long[] reads;

		CountingText(String text, long bound) {
			this(text, bound, new long[1]);
		}

		private CountingText(String text, long bound, long[] reads) {
			this.text = text;
			this.bound = bound;
			this.reads = reads;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public char charAt(int index) {
			if (++this.reads[0] > this.bound) {
				throw new TooManyReads();
			}
			return this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new CountingText(this.text.substring(start, end), this.bound, this.reads);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
