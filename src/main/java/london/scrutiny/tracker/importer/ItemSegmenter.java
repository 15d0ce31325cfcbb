package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.ask.AskKind;

/**
 * Cuts a letter or response paper into items, each an ask and the answer that follows it,
 * from the marks every such layout shares rather than from any one issuer's:
 * <ul>
 * <li>a label that opens an answer ("MPS response:", "Response:", "Government reply -",
 * "Answer:"), under the ask it answers, numbered or not;</li>
 * <li>a printed question reference ("Question No: 2016/1327") with the question, an
 * optional speaker line ("The Mayor") and the answer;</li>
 * <li>a numbered or lettered question ("1. How many ...? (Qq 35-38)", "(b) What ...?")
 * followed by its answer.</li>
 * </ul>
 * "Recommendation N" style headings are read by {@link AskFinder} before this, and lists
 * of questions answered later under headings after it. Each item's ask keeps its number
 * or reference, so that the answer can be tied to a known ask.
 */
final class ItemSegmenter {

	/**
	 * A label opening an answer: up to five words, then "response", "reply" or "answer"
	 * and a colon or dash. The words are read possessively and at most five times from
	 * the line's start, so the work is bounded.
	 */
	static final Pattern RESPONSE_LABEL = Pattern.compile(
			"^(?:[\\p{L}'’&.()]++\\s++){0,5}?(?:response|reply|answer|comment)s?\\s*+(?:[:：]|[–—-]\\s)\\s*+",
			Pattern.CASE_INSENSITIVE);

	/** A printed question reference: "Question No: 2016/1327", "Question number 12". */
	static final Pattern QUESTION_REFERENCE = Pattern
		.compile("\\b(?i:question)\\s++(?i:no\\.?|number|ref(?:erence)?\\.?)\\s*+:?\\s*+([A-Z]{0,4}\\d[\\w/.-]*+)");

	/** "1.", "2)", "(3)", "(a)", "b)": groups number, letter, then the item's words. */
	static final Pattern ITEM_MARKER = Pattern
		.compile("^\\s*+(?:\\(?(\\d{1,3})[.)]|\\(([a-z])\\)|([a-z])\\))\\s++(\\S.*+)$");

	/**
	 * A transcript reference after a question: "(Qq 35-38)", "(Q 130)", "(Paragraph 12)".
	 */
	static final Pattern TRAILING_REFERENCE = Pattern
		.compile("(?<!\\s)\\s*+\\((?:Qq?|Questions?|Paras?\\.?|Paragraphs?)\\s*+[\\d\\s,–-]++\\)\\s*+$");

	/** A short line naming who answers: "The Mayor", "Minister", "Chief Executive". */
	static final Pattern SPEAKER = Pattern.compile("^(?:The\\s++)?[\\p{Lu}][\\p{L}'’-]*+(?:\\s++[\\p{L}'’&-]++){0,4}$");

	/** "The MPS should ...": a recommendation rather than a question or request. */
	private static final Pattern SHOULD = Pattern.compile("(?i)\\b(?:should|must)\\b");

	private ItemSegmenter() {
	}

	/**
	 * The items found; {@code speaker} is the line that heads every answer ("The Mayor"),
	 * when one does: it names who answers.
	 */
	record Items(List<AskFinder.Section> sections, String speaker, Set<Integer> speakerLines) {

		static Items none() {
			return new Items(List.of(), null, Set.of());
		}

	}

	/**
	 * Where a line should be cut before the parser reads it, as offsets within the line:
	 * after an answer's label ("MPS response: The MPS has ..."), so the answer starts a
	 * line of its own; and before the sentence that carries a printed question reference
	 * on from an answer ("... value for money. Cutting services (1) Question No: ...").
	 */
	static List<Integer> breaks(String raw) {
		List<Integer> cuts = new ArrayList<>();
		Matcher label = RESPONSE_LABEL.matcher(raw);
		if (label.find() && label.end() < raw.strip().length() + (raw.length() - raw.stripLeading().length())) {
			cuts.add(label.end());
		}
		Matcher reference = QUESTION_REFERENCE.matcher(raw);
		while (reference.find()) {
			int at = reference.start();
			int sentenceEnd = -1;
			for (int i = at - 1; i > Math.max(0, at - 120); i--) {
				if (".!?".indexOf(raw.charAt(i - 1)) >= 0 && Character.isWhitespace(raw.charAt(i))) {
					sentenceEnd = i;
					break;
				}
			}
			if (sentenceEnd > 0) {
				cuts.add(sentenceEnd);
			}
		}
		return cuts;
	}

	static Items find(LetterText letter, int from, int end, Set<Integer> skip) {
		Items labelled = labelled(letter, from, end, skip);
		if (!labelled.sections().isEmpty()) {
			return labelled;
		}
		return questions(letter, from, end, skip);
	}

	/** An ask start: a numbered or lettered item, or a printed question reference. */
	private record Cue(int line, Integer number, String reference, boolean printedQuestion, String text) {
	}

	private static Cue cue(LetterText.Line line) {
		String plain = line.plain();
		Matcher reference = QUESTION_REFERENCE.matcher(plain);
		if (reference.find()) {
			return new Cue(line.index(), null, reference.group(1), true, plain.substring(reference.end()).strip());
		}
		Matcher item = ITEM_MARKER.matcher(plain);
		if (item.matches()) {
			Integer number = (item.group(1) != null) ? Integer.valueOf(item.group(1)) : null;
			String letterMark = (item.group(2) != null) ? item.group(2) : item.group(3);
			return new Cue(line.index(), number, letterMark, false, item.group(4).strip());
		}
		return null;
	}

	/**
	 * Answers opened by a label: each label's ask is the nearest item above it (after the
	 * previous answer's label), or the paragraph just above it.
	 */
	private static Items labelled(LetterText letter, int from, int end, Set<Integer> skip) {
		List<Integer> labels = new ArrayList<>();
		for (int i = from; i < end; i++) {
			if (!skip.contains(i) && RESPONSE_LABEL.matcher(letter.line(i).plain()).find()) {
				labels.add(i);
			}
		}
		List<AskFinder.Section> found = new ArrayList<>();
		int floor = from;
		List<int[]> spans = new ArrayList<>();
		List<Cue> cues = new ArrayList<>();
		for (int label : labels) {
			Cue cue = null;
			for (int i = label - 1; i >= floor && cue == null; i--) {
				LetterText.Line line = letter.line(i);
				if (!line.isBlank() && !line.isFurniture() && !skip.contains(i)) {
					cue = cue(line);
				}
			}
			int start = (cue != null) ? cue.line() : letter.previousContent(label, floor);
			if (start < 0) {
				floor = label + 1;
				continue;
			}
			if (cue == null) {
				String plain = letter.line(start).plain();
				cue = new Cue(start, null, null, false, Markup.plain(plain.substring(Markup.afterListMarker(plain))));
			}
			spans.add(new int[] { start, label });
			cues.add(cue);
			floor = label + 1;
		}
		for (int k = 0; k < spans.size(); k++) {
			int start = spans.get(k)[0];
			int label = spans.get(k)[1];
			int bodyEnd = (k + 1 < spans.size()) ? spans.get(k + 1)[0] : end;
			Cue cue = cues.get(k);
			String labelText = letter.line(label).plain();
			found.add(section(cue, askText(letter, start, label), labelText, start, label + 1, bodyEnd,
					Confidence.of((cue.number() != null || cue.reference() != null) ? 0.9 : 0.75,
							"an answer labelled \"" + labelText + "\" under "
									+ ((cue.number() != null) ? "item " + cue.number() : "the paragraph above it"))));
		}
		return new Items(found, null, Set.of());
	}

	/**
	 * Questions each followed by its answer: printed question references, or numbered
	 * items that end with a question mark and are not a list of questions.
	 */
	private static Items questions(LetterText letter, int from, int end, Set<Integer> skip) {
		List<Cue> cues = new ArrayList<>();
		boolean references = false;
		for (int i = from; i < end; i++) {
			if (skip.contains(i)) {
				continue;
			}
			Cue cue = cue(letter.line(i));
			references |= cue != null && cue.printedQuestion();
			if (cue != null) {
				cues.add(cue);
			}
		}
		final boolean byReference = references;
		List<Cue> questions = new ArrayList<>();
		for (Cue cue : cues) {
			if (byReference ? cue.printedQuestion() : isQuestion(cue.text())) {
				questions.add(cue);
			}
		}
		// A short line that heads the answer ("The Mayor") is who answers only when it
		// heads
		// more than one (or the only) answer; otherwise it is the answer's own heading.
		Map<String, Integer> speakers = new HashMap<>();
		for (Cue cue : questions) {
			int body = letter.nextContent(askEnd(letter, cue, end), end);
			if (body >= 0 && isSpeaker(letter.line(body).plain())) {
				speakers.merge(letter.line(body).plain(), 1, Integer::sum);
			}
		}
		String speaker = speakers.entrySet()
			.stream()
			.filter((e) -> e.getValue() >= 2 || questions.size() == 1)
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
		List<AskFinder.Section> found = new ArrayList<>();
		Set<Integer> speakerLines = new java.util.TreeSet<>();
		for (int k = 0; k < questions.size(); k++) {
			Cue cue = questions.get(k);
			int next = (k + 1 < questions.size()) ? questions.get(k + 1).line() : end;
			int askEnd = askEnd(letter, cue, next);
			int body = letter.nextContent(askEnd, next);
			if (body < 0 || cue(letter.line(body)) != null && !byReference) {
				// No answer, or a question followed by another item: a list of questions.
				continue;
			}
			if (letter.line(body).plain().equals(speaker)) {
				speakerLines.add(body);
				body = letter.nextContent(body + 1, next);
				if (body < 0) {
					continue;
				}
			}
			String reason = byReference ? "the question printed as \"Question No: " + cue.reference() + "\""
					: "a numbered question followed by its answer";
			found.add(section(cue, askText(letter, cue.line(), askEnd), null, cue.line(), body, next,
					Confidence.of(byReference ? 0.85 : 0.75, reason)));
		}
		return new Items(found, speaker, speakerLines);
	}

	/** The line after the question's last: a question may run over a few lines. */
	private static int askEnd(LetterText letter, Cue cue, int next) {
		int askEnd = cue.line() + 1;
		while (!isQuestion(askText(letter, cue.line(), askEnd)) && askEnd < next
				&& letter.nextContent(askEnd, next) == askEnd && askEnd - cue.line() < 4) {
			askEnd++;
		}
		return isQuestion(askText(letter, cue.line(), askEnd)) ? askEnd : cue.line() + 1;
	}

	private static boolean isSpeaker(String plain) {
		return SPEAKER.matcher(plain).matches() && Markup.words(plain) <= 5;
	}

	/**
	 * A section at each heading (markdown, a line wholly in bold, or a short line ending
	 * with a colon), running to the next: the passages of a letter that answers under
	 * headings of its own, for tying to known asks by wording.
	 */
	static List<AskFinder.Section> headings(LetterText letter, int from, int end, Set<Integer> skip) {
		List<Integer> starts = new ArrayList<>();
		for (int i = from; i < end; i++) {
			LetterText.Line line = letter.line(i);
			if (skip.contains(i) || line.isBlank() || line.isFurniture()) {
				continue;
			}
			String plain = line.plain();
			if (Markup.isHeading(line.raw()) || plain.endsWith(":") && Markup.words(plain) <= 25
					|| ITEM_MARKER.matcher(plain).matches()) {
				starts.add(i);
			}
		}
		List<AskFinder.Section> found = new ArrayList<>();
		for (int k = 0; k < starts.size(); k++) {
			int heading = starts.get(k);
			int next = (k + 1 < starts.size()) ? starts.get(k + 1) : end;
			if (letter.nextContent(heading + 1, next) < 0) {
				continue;
			}
			String title = letter.line(heading).plain().replaceFirst(":$", "");
			Cue cue = cue(letter.line(heading));
			if (cue != null && cue.number() != null) {
				// A numbered item followed by its answer: the number is a cue for tying.
				found.add(new AskFinder.Section(cue.number(), null, AskKind.ACTION, null, cue.text(), null,
						Quotes.start(letter.line(heading).raw()), "Item " + cue.number(),
						Confidence.of(0.7, "item " + cue.number() + " followed by a passage"), heading, heading + 1,
						next));
				continue;
			}
			found.add(new AskFinder.Section(null, null, AskKind.ACTION, title, null, null,
					Quotes.start(letter.line(heading).raw()), title,
					Confidence.of(0.7, "the passage under the heading \"" + Quotes.start(title) + "\""), heading,
					heading + 1, next));
		}
		return found;
	}

	private static boolean isQuestion(String text) {
		String stripped = TRAILING_REFERENCE.matcher(text).replaceFirst("").strip();
		return stripped.endsWith("?");
	}

	/** The ask's words, lines {@code from} to {@code to}, without its marker. */
	private static String askText(LetterText letter, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			LetterText.Line line = letter.line(i);
			if (line.isBlank() || line.isFurniture()) {
				continue;
			}
			String plain = line.plain();
			if (i == from) {
				Cue cue = cue(line);
				Matcher reference = QUESTION_REFERENCE.matcher(plain);
				plain = (reference.find()) ? plain.substring(reference.end()).strip()
						: (cue != null) ? cue.text() : plain;
			}
			text.append(text.isEmpty() ? "" : " ").append(plain);
		}
		return text.toString();
	}

	private static AskFinder.Section section(Cue cue, String askText, String label, int first, int bodyStart,
			int bodyEnd, Confidence confidence) {
		String locator = cue.printedQuestion() ? "Question " + cue.reference() : (cue.number() != null)
				? "Item " + cue.number()
				: (cue.reference() != null) ? "Item (" + cue.reference() + ")" : (label != null) ? label : "Item";
		AskKind kind = SHOULD.matcher(askText).find() ? AskKind.RECOMMENDATION : AskKind.ACTION;
		return new AskFinder.Section(cue.number(), cue.reference(), kind, null, askText, null, Quotes.start(askText),
				locator, confidence, first, bodyStart, bodyEnd);
	}

}
