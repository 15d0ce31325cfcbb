package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter's text as lines, each knowing its offsets in the text. A line is also cut
 * where an answer begins within it (after "MPS response:", before a question glued to the
 * end of the previous answer): see {@link ItemSegmenter#breaks(String)}. Whatever the
 * parser quotes is cut from the text by offset rather than rebuilt, which is what keeps
 * quotes verbatim. Line ends are normalised to {@code \n} first (white space, so quotes
 * still match the input once white space is collapsed).
 */
final class LetterText {

	private final String text;

	private final List<Line> lines;

	private final ReadingBudget budget;

	LetterText(String input) {
		this(input, ReadingBudget.of(ReadingBudget.DEFAULT));
	}

	LetterText(String input, ReadingBudget budget) {
		this.budget = budget;
		this.text = input.replace("\r\n", "\n").replace('\r', '\n');
		List<Line> found = new ArrayList<>();
		int start = 0;
		while (start <= this.text.length()) {
			int end = this.text.indexOf('\n', start);
			if (end < 0) {
				end = this.text.length();
			}
			String raw = this.text.substring(start, end);
			int from = 0;
			for (int cut : ItemSegmenter.breaks(raw)) {
				if (cut > from && cut < raw.length()) {
					found.add(new Line(found.size(), start + from, start + cut, raw.substring(from, cut)));
					from = cut;
				}
			}
			found.add(new Line(found.size(), start + from, end, raw.substring(from)));
			start = end + 1;
		}
		this.lines = List.copyOf(found);
	}

	String text() {
		return this.text;
	}

	List<Line> lines() {
		return this.lines;
	}

	/** The line {@code index}; each call spends from the reading budget. */
	Line line(int index) {
		this.budget.check();
		return this.lines.get(index);
	}

	int size() {
		return this.lines.size();
	}

	/**
	 * The next line at or after {@code from} (and before {@code to}) that is neither
	 * blank nor page furniture, or -1.
	 */
	int nextContent(int from, int to) {
		for (int i = Math.max(from, 0); i < Math.min(to, size()); i++) {
			this.budget.check();
			if (!this.lines.get(i).isBlank() && !this.lines.get(i).isFurniture()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The previous line before {@code from} (and at or after {@code floor}) that is
	 * neither blank nor furniture, or -1.
	 */
	int previousContent(int from, int floor) {
		for (int i = Math.min(from, size()) - 1; i >= Math.max(floor, 0); i--) {
			this.budget.check();
			if (!this.lines.get(i).isBlank() && !this.lines.get(i).isFurniture()) {
				return i;
			}
		}
		return -1;
	}

	/** One line: its number, its offsets in the text, and its raw characters. */
	record Line(int index, int start, int end, String raw) {

		boolean isBlank() {
			return Markup.plain(this.raw).isEmpty();
		}

		boolean isFurniture() {
			return PageFurniture.isFurniture(this.raw);
		}

		/** The words as a reader sees them: see {@link Markup#plain(String)}. */
		String plain() {
			return Markup.plain(this.raw);
		}

		boolean isTableRow() {
			return this.raw.indexOf('\t') >= 0 && this.raw.strip().split("\t+").length >= 2;
		}

	}

}
