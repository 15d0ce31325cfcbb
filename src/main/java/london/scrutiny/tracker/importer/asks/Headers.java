package london.scrutiny.tracker.importer.asks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.importer.Confidence;
import london.scrutiny.tracker.importer.DraftDate;
import london.scrutiny.tracker.importer.DraftParty;
import london.scrutiny.tracker.importer.TextWords;

/**
 * The header of a report or minutes: its title, its date, the meeting its asks come from
 * and its author, from labelled lines ("Subject:", "Date:", "Report of:", "Meeting of 14
 * January 2021") or, for the title, the first line that names the document rather than
 * labels or says something.
 */
final class Headers {

	/** Lines that label a web page or paper rather than name it. */
	private static final Set<String> PAGE_LABELS = Set.of("agenda item", "key information", "minutes", "contents",
			"agenda", "summary", "introduction", "related documents", "print", "share");

	private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Za-z]*(?: [a-z][a-z]*){0,2}):(?:\\s|$)");

	private static final Pattern TITLE_LABEL = Pattern.compile("^(?:Subject|Title|Report title):\\s*(\\S.*)$");

	private static final String DATE = "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + TextWords.MONTH + ")\\s+((?:19|20)\\d{2})";

	private static final Pattern DATE_LABEL = Pattern.compile(
			"\\b(?:Date|Published|Publication date|Date of publication|Date published):\\s*(?:[A-Z][a-z]+day,?\\s+)?"
					+ DATE);

	private static final Pattern MEETING = Pattern
		.compile("(?i:^meeting\\s+(?:of|held on|on)|\\bmeeting held on|date of meeting:|"
				+ "meeting date:)\\s*(?:[A-Z][a-z]+day,?\\s+)?" + DATE);

	private static final Pattern DATE_LINE = Pattern.compile("^(?:[A-Z][a-z]+day,?\\s+)?" + DATE + "$");

	private static final Pattern REPORT_OF = Pattern
		.compile("\\bReport (?:of|by):?\\s+(?:the\\s+)?([A-Z][^.:]{3,80}?)(?=\\s+Date:|\\s*$)");

	private static final Pattern BODY = Pattern
		.compile("\\b((?:(?:[A-Z][\\w’'&-]*|and|of|for|on)\\s+){0,8}?(?:Committee|Panel))\\b");

	private static final Pattern WRITER = Pattern.compile(
			"^(?:The\\s+)?((?:[A-Z][\\w’'&-]*\\s+){1,6}?(?:Committee|Panel|Inspectorate))\\s+(?:has|have|makes|made|recommends|wrote|is)\\b");

	private Headers() {
	}

	record Header(DraftValue title, DraftDate date, DraftDate meeting, DraftParty author) {
	}

	static Header read(List<Block> blocks, List<String> lines) {
		return new Header(title(lines), date(lines), meeting(lines), author(lines, blocks));
	}

	static DraftValue title(List<String> lines) {
		List<String> top = top(lines);
		for (String line : top) {
			Matcher m = TITLE_LABEL.matcher(line);
			if (m.find()) {
				return value(m.group(1).strip(), line, 0.9, "labelled as the subject or title");
			}
		}
		for (int i = 0; i < top.size(); i++) {
			String line = top.get(i);
			if (!isTitleLike(line) || isCapitals(line)) {
				continue;
			}
			String title = line.replaceFirst("\\s+Contents$", "");
			if (i + 1 < top.size()) {
				String next = top.get(i + 1);
				if (isTitleLike(next) && Layout.words(next) <= 5 && !isCapitals(next)) {
					title = title + ": " + next;
				}
			}
			return value(title, line, 0.6, "the first line that names the document");
		}
		return null;
	}

	private static boolean isTitleLike(String line) {
		if (line.isEmpty() || line.contains("|") || LABEL.matcher(line).find()
				|| PAGE_LABELS.contains(line.toLowerCase(Locale.ROOT))
				|| line.toLowerCase(Locale.ROOT).startsWith("report of")
				|| line.toLowerCase(Locale.ROOT).startsWith("report to") || DATE_LINE.matcher(line).matches()) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return Character.isUpperCase(line.codePointAt(0)) && ".;,:".indexOf(last) < 0 && Layout.words(line) <= 20;
	}

	private static boolean isCapitals(String line) {
		return line.chars().noneMatch(Character::isLowerCase);
	}

	/** The lines before the first that says something (a sentence). */
	private static List<String> top(List<String> lines) {
		int end = 0;
		int seen = 0;
		while (end < lines.size() && seen < 12) {
			String line = lines.get(end);
			if (!line.isEmpty()) {
				seen++;
				if (line.endsWith(".") && Layout.words(line) > 6 && !LABEL.matcher(line).find()) {
					break;
				}
			}
			end++;
		}
		return lines.subList(0, end).stream().filter((l) -> !l.isEmpty()).toList();
	}

	static DraftDate date(List<String> lines) {
		List<String> top = top(lines);
		for (String line : top) {
			Matcher m = DATE_LABEL.matcher(line);
			if (m.find()) {
				return date(m, 0.9, "labelled as the document's date");
			}
		}
		for (String line : top) {
			Matcher m = DATE_LINE.matcher(line);
			if (m.find()) {
				return date(m, 0.6, "a date on a line of its own at the head of the document");
			}
		}
		return null;
	}

	static DraftDate meeting(List<String> lines) {
		int seen = 0;
		for (String line : lines) {
			if (line.isEmpty()) {
				continue;
			}
			if (++seen > 40) {
				break;
			}
			Matcher m = MEETING.matcher(line);
			if (m.find()) {
				return date(m, 0.8, "the meeting the document names");
			}
		}
		return null;
	}

	private static DraftDate date(Matcher m, double score, String reason) {
		int n = m.groupCount();
		LocalDate value = TextWords.date(Integer.parseInt(m.group(n)), m.group(n - 1),
				Integer.parseInt(m.group(n - 2)));
		if (value == null) {
			return null;
		}
		String asWritten = m.group().substring(m.start(n - 2) - m.start(), m.end(n) - m.start());
		return new DraftDate(value, asWritten.strip(), new Confidence(score, reason));
	}

	static DraftParty author(List<String> lines, List<Block> blocks) {
		List<String> top = top(lines);
		for (String line : top) {
			Matcher m = REPORT_OF.matcher(line);
			if (m.find()) {
				return party(m.group(1).strip(), 0.8, "named as the report's author (\"Report of\")");
			}
		}
		int looked = 0;
		for (Block block : blocks) {
			if (looked++ > 12) {
				break;
			}
			Matcher m = WRITER.matcher(block.text());
			if (m.find()) {
				return party(m.group(1).strip(), 0.7, "the body the text says wrote or recommends");
			}
		}
		String best = null;
		for (String line : top) {
			Matcher m = BODY.matcher(line);
			while (m.find()) {
				String body = m.group(1).replaceFirst("^(?:(?:and|of|for|on) )+", "");
				if (Layout.words(body) >= 2 && (best == null || Layout.words(body) > Layout.words(best))) {
					best = body;
				}
			}
		}
		if (best != null) {
			return party(best, 0.5, "the committee named in the heading");
		}
		return null;
	}

	private static DraftParty party(String words, double score, String reason) {
		return Parties.isRole(words) ? new DraftParty(null, words, null, new Confidence(score, reason))
				: new DraftParty(null, null, words, new Confidence(score, reason));
	}

	private static DraftValue value(String value, String asWritten, double score, String reason) {
		return new DraftValue(value, asWritten, new Confidence(score, reason));
	}

}
