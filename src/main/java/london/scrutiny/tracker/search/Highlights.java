package london.scrutiny.tracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passages of a record that show why it was found: per field, the sentence (or about
 * {@value #PASSAGE_LENGTH} characters of it) with the most and rarest matches, the
 * matched words marked. Made from the record as stored, re-analysed, so the index need
 * not keep the texts.
 */
final class Highlights {

	static final int PASSAGE_LENGTH = 160;

	private static final UnifiedHighlighter HIGHLIGHTER = UnifiedHighlighter
		.builderWithoutSearcher(SearchIndex.ANALYZER)
		.withBreakIterator(() -> LengthGoalBreakIterator
			.createClosestToLength(BreakIterator.getSentenceInstance(Locale.UK), PASSAGE_LENGTH, 0.5f))
		// Letters are long: look through the whole text, not only its first 10,000
		// characters.
		.withMaxLength(Integer.MAX_VALUE - 1)
		.withMaxNoHighlightPassages(0)
		.withHandleMultiTermQuery(true)
		.withFormatter(new Fragments())
		.build();

	private Highlights() {
	}

	/** The best passage of each field that matched, in the fields' order. */
	static List<Fragment> of(Object node, Query query) {
		List<Fragment> fragments = new ArrayList<>();
		for (Map.Entry<String, String> field : SearchFields.of(node).entrySet()) {
			try {
				Object found = HIGHLIGHTER.highlightWithoutSearcher(field.getKey(), query, field.getValue(), 1);
				if (found instanceof Fragment fragment) {
					fragments.add(new Fragment(field.getKey(), fragment.text(), fragment.matches()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return fragments;
	}

	/**
	 * The opening of a record's first field, for a record found without a word to mark.
	 */
	static Fragment opening(Object node) {
		return SearchFields.of(node)
			.entrySet()
			.stream()
			.findFirst()
			.map((field) -> passage(field.getKey(), field.getValue(), 0,
					Math.min(field.getValue().length(), PASSAGE_LENGTH), new int[0], new int[0], 0))
			.orElse(null);
	}

	/**
	 * Copies the passage with runs of white space made one space, moving the match
	 * offsets along.
	 */
	static Fragment passage(String field, String content, int start, int end, int[] starts, int[] ends, int count) {
		StringBuilder text = new StringBuilder();
		if (start > 0) {
			text.append('…');
		}
		int[] at = new int[end - start + 1];
		boolean space = false;
		for (int i = start; i < end; i++) {
			char c = content.charAt(i);
			if (Character.isWhitespace(c)) {
				space = true;
				at[i - start] = text.length();
				continue;
			}
			if (space && text.length() > 0 && text.charAt(text.length() - 1) != '…') {
				text.append(' ');
			}
			space = false;
			at[i - start] = text.length();
			text.append(c);
		}
		List<Fragment.Match> matches = new ArrayList<>();
		int last = -1;
		for (int m = 0; m < count; m++) {
			int from = Math.max(starts[m], start);
			int to = Math.min(ends[m], end);
			if (to <= from) {
				continue;
			}
			int s = at[from - start];
			int e = at[to - 1 - start] + 1;
			if (s < last) {
				// Overlaps the one before: extend it.
				Fragment.Match previous = matches.remove(matches.size() - 1);
				matches.add(new Fragment.Match(previous.start(), Math.max(previous.end(), e)));
			}
			else {
				matches.add(new Fragment.Match(s, e));
			}
			last = matches.get(matches.size() - 1).end();
		}
		if (end < content.length()) {
			text.append('…');
		}
		return new Fragment(field, text.toString(), matches);
	}

	/**
	 * Formats the best passage as a {@link Fragment} (its field is set by the caller).
	 */
	private static final class Fragments extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			if (passages.length == 0) {
				return null;
			}
			Passage best = passages[0];
			return passage(null, content, best.getStartOffset(), best.getEndOffset(), best.getMatchStarts(),
					best.getMatchEnds(), best.getNumMatches());
		}

	}

}
