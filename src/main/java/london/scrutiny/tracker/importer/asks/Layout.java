package london.scrutiny.tracker.importer.asks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into {@link Block}s: normalises white space and bullet
 * characters (Symbol-font bullets from PDFs included, and bullets run together on one
 * line), drops page furniture (page numbers, address and contact footers, lines repeated
 * at the top or bottom of every page), and joins lines wrapped by a PDF's page width back
 * into their paragraph or item. Every pattern here is linear in the length of a line.
 */
final class Layout {

	/** Bullet characters, PDF Symbol-font private-use ones included. */
	static final String BULLETS = "•·▪●◦‣∙\uF0B7\uF0A7\uF076\uF0D8\uF0FC\u2043\u25E6\u25AA\u25CF\u25A0\u25A1\u2023\u27A2";

	/** The bullets a line can run together: all but the middle dot, used in prose. */
	private static final Pattern INLINE_BULLET = Pattern
		.compile("\\s[•▪●◦‣∙\uF0B7\uF0A7\uF076\uF0D8\uF0FC\u25AA\u25CF\u25A0]\\s");

	private static final Pattern BULLET = Pattern.compile("^(?:[" + BULLETS + "]\\s*|[*\\-–—]\\s+)(?=\\S)");

	private static final Pattern LETTERED = Pattern.compile("^\\(?([a-hj-z]|[ivx]{1,4})\\)\\s+(?=\\S)");

	private static final Pattern MINUTE = Pattern.compile("^\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s+(?=\\S)");

	private static final Pattern LABELLED = Pattern.compile(
			"^(Recommendation|Conclusion|Action point|Action|Area for improvement|Cause of concern)\\s+(\\d{1,3})\\b[.:)–\\-]?\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,3})[.)]\\s*(?=[A-Z\"“‘'(])");

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?i)^(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$|^[-–]\\s*\\d{1,3}\\s*[-–]$");

	private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");

	private static final Pattern CONTACT = Pattern.compile(
			"(?i)\\b(?:enquiries|tel|telephone|phone|minicom|fax|e-?mail)\\b|www\\.|@[\\w-]+\\.|\\b0\\d{2,4} ?\\d{3,4} ?\\d{3,4}\\b");

	private static final Pattern ONLY_CONTACT = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$|^[\\w.+-]+@[\\w.-]+$");

	private static final char PAGE_BREAK = '\f';

	private Layout() {
	}

	/** The text's blocks, in order. */
	static List<Block> blocks(List<String> lines) {
		LineWidth width = LineWidth.of(lines);
		List<Block> blocks = new ArrayList<>();
		Block current = null;
		String previous = null;
		for (String line : lines) {
			if (line.isEmpty()) {
				if (current != null && !(current.text().isEmpty() && current.number() != null)) {
					blocks.add(current);
					current = null;
				}
				previous = null;
				continue;
			}
			Block started = start(line, width);
			if (started != null) {
				if (current != null) {
					blocks.add(current);
				}
				current = started;
			}
			else if (current != null && (current.text().isEmpty() || continues(current, previous, line, width))) {
				current = current.append(line);
			}
			else {
				if (current != null) {
					blocks.add(current);
				}
				current = new Block(isHeading(line, width) ? Block.Type.HEADING : Block.Type.PARAGRAPH, null, null,
						line);
			}
			previous = line;
		}
		if (current != null) {
			blocks.add(current);
		}
		return blocks.stream().map(Layout::tidy).filter((b) -> !b.text().isEmpty() || b.number() != null).toList();
	}

	/**
	 * The lines of the text, normalised, page furniture removed; page breaks become empty
	 * lines only where a paragraph ends there.
	 */
	static List<String> lines(String text) {
		String normal = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder spaced = new StringBuilder(normal.length());
		for (int i = 0; i < normal.length(); i++) {
			char c = normal.charAt(i);
			if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\t' || c == '\u200B') {
				spaced.append(' ');
			}
			else {
				spaced.append(c);
			}
		}
		List<List<String>> pages = new ArrayList<>();
		for (String page : spaced.toString().split(String.valueOf(PAGE_BREAK), -1)) {
			List<String> pageLines = new ArrayList<>();
			for (String raw : page.split("\n", -1)) {
				for (String part : splitInlineBullets(raw)) {
					pageLines.add(clean(part));
				}
			}
			pages.add(pageLines);
		}
		Map<String, Integer> repeated = repeatedAtPageEdges(pages);
		List<String> lines = new ArrayList<>();
		for (List<String> page : pages) {
			for (String line : page) {
				if (!line.isEmpty() && isFurniture(line, repeated, pages.size())) {
					continue;
				}
				lines.add(line);
			}
		}
		return lines;
	}

	private static List<String> splitInlineBullets(String raw) {
		List<String> parts = new ArrayList<>();
		Matcher bullet = INLINE_BULLET.matcher(raw);
		int from = 0;
		while (bullet.find()) {
			parts.add(raw.substring(from, bullet.start()));
			from = bullet.start() + 1;
		}
		parts.add(raw.substring(from));
		return parts;
	}

	private static String clean(String raw) {
		String line = raw.strip();
		// Table cells shown with vertical bars: a bar at either end closes or opens a
		// cell.
		while (line.endsWith("|")) {
			line = line.substring(0, line.length() - 1).strip();
		}
		while (line.startsWith("|")) {
			line = line.substring(1).strip();
		}
		StringBuilder out = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == ' ') {
				if (!space) {
					out.append(c);
				}
				space = true;
			}
			else {
				out.append(c);
				space = false;
			}
		}
		return out.toString();
	}

	private static boolean isFurniture(String line, Map<String, Integer> repeated, int pages) {
		if (PAGE_NUMBER.matcher(line).matches() || ONLY_CONTACT.matcher(line).matches()) {
			return true;
		}
		if (POSTCODE.matcher(line).find() && CONTACT.matcher(line).find()) {
			return true;
		}
		Integer times = repeated.get(shape(line));
		return pages >= 2 && times != null && times >= Math.max(2, (pages + 1) / 2);
	}

	/**
	 * Lines printed at the top or bottom of several pages (a running header or footer),
	 * counted by their shape with digits blanked, so "Page 2" and "Page 3" are one line.
	 */
	private static Map<String, Integer> repeatedAtPageEdges(List<List<String>> pages) {
		Map<String, Integer> counts = new HashMap<>();
		for (List<String> page : pages) {
			List<String> filled = page.stream().filter((l) -> !l.isEmpty()).toList();
			int n = filled.size();
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (int i = 0; i < n; i++) {
				if (i < 3 || i >= n - 3) {
					seen.add(shape(filled.get(i)));
				}
			}
			seen.forEach((s) -> counts.merge(s, 1, Integer::sum));
		}
		return counts;
	}

	private static String shape(String line) {
		return line.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
	}

	/** A new block starts at a bullet, a number or a minute paragraph's number. */
	private static Block start(String line, LineWidth width) {
		Matcher m = LABELLED.matcher(line);
		if (m.find()) {
			return new Block(Block.Type.NUMBERED, Integer.valueOf(m.group(2)), label(m.group(1)),
					line.substring(m.end()));
		}
		m = MINUTE.matcher(line);
		if (m.find()) {
			return new Block(Block.Type.MINUTE, null, null, line.substring(m.end()));
		}
		m = NUMBERED.matcher(line);
		if (m.find()) {
			String rest = line.substring(m.end());
			if (isHeading(rest, width) && words(rest) <= 6) {
				return new Block(Block.Type.HEADING, Integer.valueOf(m.group(1)), null, rest);
			}
			return new Block(Block.Type.NUMBERED, Integer.valueOf(m.group(1)), null, rest);
		}
		m = LETTERED.matcher(line);
		if (m.find()) {
			return new Block(Block.Type.LETTERED, null, null, line.substring(m.end()));
		}
		m = BULLET.matcher(line);
		if (m.find()) {
			return new Block(Block.Type.BULLET, null, null, line.substring(m.end()));
		}
		return null;
	}

	private static String label(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/**
	 * Whether {@code line} carries on the block: after a line filled to the page's width
	 * (the PDF wrapped it), or after a line cut mid-sentence by a line starting in lower
	 * case.
	 */
	private static boolean continues(Block current, String previous, String line, LineWidth width) {
		if (current.type() == Block.Type.HEADING || previous == null) {
			return false;
		}
		if (width.wrapped() && width.isFull(previous)) {
			return true;
		}
		char last = previous.charAt(previous.length() - 1);
		boolean ended = ".;:!?)\"”’".indexOf(last) >= 0;
		if (!ended && Character.isLowerCase(line.charAt(0))) {
			return true;
		}
		return width.wrapped() && !ended && current.isListItem();
	}

	/** A short line that names a section rather than says something. */
	static boolean isHeading(String line, LineWidth width) {
		if (line.isEmpty() || !Character.isUpperCase(line.codePointAt(0))) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		if (".;,!?".indexOf(last) >= 0 || words(line) > 10 || (last == ':' && words(line) > 4)) {
			return false;
		}
		return width == null || !width.wrapped() || !width.isFull(line);
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split(" ").length;
	}

	private static Block tidy(Block block) {
		return new Block(block.type(), block.number(), block.label(), block.text().strip());
	}

	/**
	 * The width a PDF wrapped the text at, if it did: most lines of a wrapped text end
	 * near one length, and none is much longer.
	 */
	record LineWidth(boolean wrapped, int width) {

		static LineWidth of(List<String> lines) {
			int[] lengths = lines.stream().filter((l) -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
			if (lengths.length < 6) {
				return new LineWidth(false, 0);
			}
			int p90 = lengths[(int) (lengths.length * 0.9)];
			int max = lengths[lengths.length - 1];
			long full = Arrays.stream(lengths).filter((n) -> n >= p90 * 0.75).count();
			boolean wrapped = p90 <= 130 && max <= p90 * 1.5 && full >= lengths.length * 0.3;
			return new LineWidth(wrapped, p90);
		}

		boolean isFull(String line) {
			return line.length() >= this.width * 0.75;
		}

	}

}
