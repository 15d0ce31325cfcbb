package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.ask.AskKind;

/**
 * Finds the asks a letter answers and where each answer runs, in the shapes answering
 * letters use (see {@link AskShape}). Recommendation headings are the surest sign and are
 * looked for first; a letter without them is read for an "I agreed to provide ... the
 * following" list, then for a bulleted list of questions answered section by section.
 */
final class AskFinder {

	/**
	 * The words that head a numbered ask: "Recommendation 3", "Action 2", "Question 4",
	 * "Conclusion 1", "Point 2".
	 */
	private static final String ASK_WORD = "(recommendation|action(?:\\s+point)?|question|conclusion|point|item|request)";

	private static final Pattern RECOMMENDATION_HEADING = Pattern
		.compile("(?i)^" + ASK_WORD + "\\s++(?:no\\.?\\s*+)?(\\d{1,3})\\s*+[.:]?$");

	private static final Pattern RECOMMENDATION_INLINE = Pattern
		.compile("(?i)^" + ASK_WORD + "\\s++(?:no\\.?\\s*+)?(\\d{1,3})\\s*+[.:–—-]\\s*+(\\S.*+)$");

	private static final Pattern ADDRESSEES = Pattern.compile("(?i)^to\\s+\\S");

	/**
	 * "I agreed to provide the Committee with the following additional information:".
	 * Read in parts (the undertaking, "following" or "below", the closing colon) rather
	 * than as one pattern with two {@code .*}, which would backtrack without end on a
	 * long line.
	 */
	private static final Pattern AGREED_TO = Pattern.compile("(?i)\\b(?:agreed|undertook|offered|promised|committed)"
			+ "\\s+to\\s+(?:provide|send|share|supply|write|follow\\s+up)\\b");

	private static final Pattern FOLLOWING = Pattern.compile("(?i)\\b(?:following|below)\\b");

	/**
	 * How a request for information is worded: "Further information on ...", "A list of
	 * ...", "Details of ...".
	 */
	private static final Pattern REQUEST = Pattern.compile("(?i)^(?:(?:further|more|additional|some|an?|the)\\s+)?"
			+ "(?:information|details?|data|figures|breakdown|list|update|copy|summary|note|explanation|timeline|"
			+ "timetable|clarification|confirmation|analysis|assessment|overview|outline)\\s+(?:of|on|about|"
			+ "regarding|for|as\\s+to|showing|setting\\s+out|explaining|that|which|how|what|whether)\\b");

	/**
	 * Courtesies that close a letter: they end the last answer rather than belong to it.
	 */
	private static final Pattern CLOSING = Pattern.compile("(?i)^(?:if\\s+you\\s+(?:would\\s+like|require|need|have)|"
			+ "i\\s+hope\\s+(?:this|that|the)|please\\s+(?:do\\s+not\\s+hesitate|let\\s+me\\s+know|contact|get\\s+in\\s+touch)|"
			+ "do\\s+not\\s+hesitate|thank\\s+you\\s+(?:again|once\\s+again)|i\\s+look\\s+forward\\s+to\\s+(?:hearing|"
			+ "discussing|continuing))");

	/**
	 * The "; and" that joins a list item to the next. It starts only where a run of
	 * spaces starts (the look-behind), so a line of spaces is read once.
	 */
	private static final Pattern LIST_JOINER = Pattern.compile("(?<!\\s)\\s*+[;,]\\s*+(?:and|or)?\\s*+$");

	private static final Pattern TRAILING_COLON = Pattern.compile("(?<!\\s)\\s*+:$");

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "and", "or", "in", "on", "for",
			"with", "that", "this", "these", "those", "what", "how", "has", "have", "had", "been", "be", "is", "are",
			"was", "were", "by", "at", "from", "as", "i", "we", "you", "our", "your", "my", "it", "its", "any", "which",
			"who", "there", "their", "they", "them", "about", "into", "up", "also", "so", "such", "not", "all", "can",
			"will", "would", "should", "may", "do", "done");

	/**
	 * A heading shares this much of its wording with the question it answers (of the
	 * shorter's words).
	 */
	static final double HEADING_MATCH = 0.6;

	/** A paragraph that restates a question shares this much (Dice) of its wording. */
	static final double RESTATEMENT_MATCH = 0.75;

	private AskFinder() {
	}

	/**
	 * One ask and the lines of its answer: {@code firstLine} is where the section starts
	 * (its heading), {@code bodyStart} to {@code bodyEnd} (exclusive) the answer's lines.
	 */
	record Section(Integer number, String reference, AskKind kind, String title, String text, String addresseeText,
			String quote, String locator, Confidence confidence, int firstLine, int bodyStart, int bodyEnd) {

		Section(int number, AskKind kind, String title, String text, String addresseeText, String quote, String locator,
				Confidence confidence, int firstLine, int bodyStart, int bodyEnd) {
			this(number, null, kind, title, text, addresseeText, quote, locator, confidence, firstLine, bodyStart,
					bodyEnd);
		}

		Section endingAt(int end) {
			return new Section(this.number, this.reference, this.kind, this.title, this.text, this.addresseeText,
					this.quote, this.locator, this.confidence, this.firstLine, this.bodyStart, end);
		}

		/**
		 * The same ask, now known by {@code number} and {@code askText} from the known
		 * asks.
		 */
		Section alignedTo(Integer number, String reference, String why, double score) {
			return new Section(number, (reference != null) ? reference : this.reference, this.kind, this.title,
					this.text, this.addresseeText, this.quote, this.locator,
					Confidence.of(Math.min(this.confidence.score(), score), this.confidence.reason() + "; " + why),
					this.firstLine, this.bodyStart, this.bodyEnd);
		}

	}

	/**
	 * The asks found and their shapes. {@code structural} lines introduce or list the
	 * asks; {@code closing} lines are the courtesies after the last answer.
	 */
	record Layout(List<Section> sections, Set<AskShape> shapes, Set<Integer> structural, Set<Integer> closing,
			String speaker) {

		Layout(List<Section> sections, Set<AskShape> shapes, Set<Integer> structural, Set<Integer> closing) {
			this(sections, shapes, structural, closing, null);
		}

		Layout withSections(List<Section> sections) {
			return new Layout(List.copyOf(sections), this.shapes, this.structural, this.closing, this.speaker);
		}

		int firstLine() {
			return this.sections.stream().mapToInt(Section::firstLine).min().orElse(Integer.MAX_VALUE);
		}

	}

	/**
	 * @param from the first line of the body
	 * @param signOff the line of the sign-off, or -1: answers after the first ask end
	 * there
	 * @param skip lines that belong to the signature block
	 */
	static Layout find(LetterText letter, int from, int signOff, Set<Integer> skip) {
		return find(letter, from, signOff, skip, false);
	}

	/**
	 * @param asksKnown whether the asks answered are known: then, failing every other
	 * shape, each heading opens a section, to be tied to an ask by its wording
	 */
	static Layout find(LetterText letter, int from, int signOff, Set<Integer> skip, boolean asksKnown) {
		Set<AskShape> shapes = EnumSet.noneOf(AskShape.class);
		Set<Integer> structural = new TreeSet<>();
		List<Section> sections = recommendations(letter, from, skip, shapes);
		String speaker = null;
		if (sections.isEmpty()) {
			ItemSegmenter.Items items = ItemSegmenter.find(letter, from, (signOff > from) ? signOff : letter.size(),
					skip);
			sections = new ArrayList<>(items.sections());
			speaker = items.speaker();
			structural.addAll(items.speakerLines());
			if (!sections.isEmpty()) {
				shapes.add(AskShape.ITEMS_AND_ANSWERS);
			}
		}
		if (sections.isEmpty()) {
			sections = agreedItems(letter, from, skip, shapes, structural);
		}
		if (sections.isEmpty()) {
			sections = questionList(letter, from, firstListAfterColon(letter, from, skip), skip, shapes, structural);
		}
		if (sections.isEmpty() && asksKnown) {
			sections = ItemSegmenter.headings(letter, from, (signOff > from) ? signOff : letter.size(), skip);
			if (!sections.isEmpty()) {
				shapes.add(AskShape.HEADINGS);
			}
		}
		if (sections.isEmpty()) {
			return new Layout(List.of(), shapes, structural, Set.of());
		}
		sections.sort(Comparator.comparingInt(Section::firstLine));
		int lastStart = sections.get(sections.size() - 1).firstLine();
		int end = (signOff > lastStart) ? signOff : letter.size();
		List<Section> bounded = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			int next = (i + 1 < sections.size()) ? sections.get(i + 1).firstLine() : end;
			Section section = sections.get(i);
			boolean ownEnd = section.bodyEnd() > section.bodyStart() && section.bodyEnd() <= next;
			bounded.add(ownEnd ? section : section.endingAt(next));
		}
		Section last = bounded.get(bounded.size() - 1);
		return new Layout(List.copyOf(bounded), shapes, structural, closing(letter, last), speaker);
	}

	private static List<Section> recommendations(LetterText letter, int from, Set<Integer> skip, Set<AskShape> shapes) {
		List<Section> found = new ArrayList<>();
		Set<Integer> numbers = new HashSet<>();
		for (int i = from; i < letter.size(); i++) {
			if (skip.contains(i)) {
				continue;
			}
			LetterText.Line line = letter.line(i);
			String plain = line.plain();
			Matcher heading = RECOMMENDATION_HEADING.matcher(plain);
			Matcher inline = RECOMMENDATION_INLINE.matcher(plain);
			if (heading.matches() && numbers.add(Integer.parseInt(heading.group(2)))) {
				found.add(headed(letter, i, word(heading.group(1)), Integer.parseInt(heading.group(2))));
				shapes.add(AskShape.RECOMMENDATION_HEADINGS);
			}
			else if (inline.matches() && numbers.add(Integer.parseInt(inline.group(2)))) {
				String word = word(inline.group(1));
				int number = Integer.parseInt(inline.group(2));
				String rest = inline.group(3).strip();
				boolean addressees = ADDRESSEES.matcher(rest).find();
				int label = labelUnder(letter, i);
				if (label > i && !addressees) {
					found.add(new Section(number, kind(word), null, rest, null, Quotes.start(line.raw()), plain,
							Confidence.of(0.9, "\"" + word + " " + number + ":\" with its words, then \""
									+ letter.line(label).plain() + "\""),
							i, label + 1, label + 1));
					shapes.add(AskShape.RECOMMENDATION_HEADINGS);
					continue;
				}
				found.add(new Section(number, kind(word), null, addressees ? null : rest, addressees ? rest : null,
						Quotes.start(line.raw()), plain,
						addressees
								? Confidence.of(0.9,
										"\"" + word + " " + number + ". To ...\": the addressees are "
												+ "given, the ask's words are not")
								: Confidence.of(0.85, "\"" + word + " " + number + ":\" followed by its words"),
						i, i + 1, i + 1));
				shapes.add(addressees ? AskShape.RECOMMENDATION_ADDRESSEES : AskShape.RECOMMENDATION_HEADINGS);
			}
		}
		return found;
	}

	/**
	 * "Recommendation N" on its own: the recommendation follows in bold, if the letter
	 * repeats it.
	 */
	private static Section headed(LetterText letter, int heading, String word, int number) {
		int next = letter.nextContent(heading + 1, letter.size());
		String locator = word + " " + number;
		int label = labelUnder(letter, heading);
		if (label > next && next >= 0) {
			// The ask in plain words, then "Response:": the answer starts after the
			// label.
			StringBuilder ask = new StringBuilder();
			for (int i = next; i < label; i++) {
				ask.append(ask.isEmpty() ? "" : " ").append(letter.line(i).plain());
			}
			return new Section(number, kind(word), null, ask.toString().strip(), null,
					Quotes.start(letter.line(next).raw()), locator,
					Confidence.of(0.9,
							"\"" + locator + "\" heading, the ask, then \"" + letter.line(label).plain() + "\""),
					heading, label + 1, label + 1);
		}
		if (next >= 0 && Markup.isEmphasised(letter.line(next).raw())
				&& !RECOMMENDATION_HEADING.matcher(letter.line(next).plain()).matches()) {
			LetterText.Line ask = letter.line(next);
			return new Section(number, kind(word), null, ask.plain(), null, Quotes.start(ask.raw()), locator,
					Confidence.of(0.95, "\"" + locator + "\" heading with the ask in bold"), heading, next + 1,
					next + 1);
		}
		return new Section(number, kind(word), null, null, null, Quotes.start(letter.line(heading).raw()), locator,
				Confidence.of(0.7, "\"" + locator + "\" heading, but no bold ask under it"), heading, heading + 1,
				heading + 1);
	}

	/**
	 * An answer's label ("Response:") within a few lines under a heading and before the
	 * next one, or -1.
	 */
	private static int labelUnder(LetterText letter, int heading) {
		for (int i = heading + 1; i < Math.min(letter.size(), heading + 12); i++) {
			String plain = letter.line(i).plain();
			if (RECOMMENDATION_HEADING.matcher(plain).matches() || RECOMMENDATION_INLINE.matcher(plain).matches()) {
				return -1;
			}
			if (ItemSegmenter.RESPONSE_LABEL.matcher(plain).find()) {
				return i;
			}
		}
		return -1;
	}

	/** The heading's word as a locator writes it: "Recommendation", "Action point". */
	private static String word(String written) {
		String lower = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static AskKind kind(String word) {
		return word.startsWith("Recommendation") || word.startsWith("Conclusion") ? AskKind.RECOMMENDATION
				: AskKind.ACTION;
	}

	/**
	 * "I agreed to provide the Committee with the following additional information:",
	 * then each item followed by its answer. The first paragraph after the introduction
	 * is an item; later ones are items when they read as a request (one sentence, no
	 * figures, "Further information on ...").
	 */
	private static List<Section> agreedItems(LetterText letter, int from, Set<Integer> skip, Set<AskShape> shapes,
			Set<Integer> structural) {
		int intro = -1;
		for (int i = from; i < letter.size() && intro < 0; i++) {
			if (!skip.contains(i) && isAgreedIntro(letter.line(i).plain())) {
				intro = i;
			}
		}
		if (intro < 0) {
			return new ArrayList<>();
		}
		int first = letter.nextContent(intro + 1, letter.size());
		if (first < 0) {
			return new ArrayList<>();
		}
		if (Markup.isListItem(letter.line(first).raw())) {
			// The items may be listed first and answered after, as a question list; if no
			// section answers
			// them by wording, they are items each followed by its answer, bullets or
			// not.
			List<Section> listed = questionList(letter, from, first, skip, shapes, structural);
			if (!listed.isEmpty()) {
				return listed;
			}
		}
		structural.add(intro);
		List<Integer> items = new ArrayList<>();
		items.add(first);
		for (int i = first + 1; i < letter.size(); i++) {
			if (!skip.contains(i) && isRequest(letter.line(i))) {
				items.add(i);
			}
		}
		List<Section> found = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			LetterText.Line item = letter.line(items.get(n));
			int marker = Markup.afterListMarker(item.raw());
			String quote = Quotes.start(item.raw().substring(marker));
			Confidence confidence = (n == 0)
					? Confidence.of(0.85, "the first paragraph after \"I agreed to provide ... the following\"")
					: Confidence.of(0.75, "a one-sentence request (\"Further information on ...\", \"A list of ...\") "
							+ "among the answers");
			found.add(new Section(n + 1, AskKind.ACTION, null, Markup.plain(item.raw().substring(marker)), null, quote,
					"Item " + (n + 1), confidence, item.index(), item.index() + 1, item.index() + 1));
		}
		shapes.add(AskShape.AGREED_ITEMS);
		return found;
	}

	private static boolean isAgreedIntro(String plain) {
		if (!plain.endsWith(":") || Markup.words(plain) > 60) {
			return false;
		}
		Matcher agreed = AGREED_TO.matcher(plain);
		return agreed.find() && FOLLOWING.matcher(plain).find(agreed.end());
	}

	private static boolean isRequest(LetterText.Line line) {
		if (line.isBlank() || line.isFurniture() || line.isTableRow()) {
			return false;
		}
		String plain = Markup.plain(line.raw().substring(Markup.afterListMarker(line.raw())));
		return REQUEST.matcher(plain).find() && Sentences.split(plain).size() == 1
				&& plain.chars().noneMatch(Character::isDigit) && Markup.words(plain) <= 60;
	}

	/**
	 * The first list after {@code from} that a line ending with a colon introduces, or
	 * -1.
	 */
	private static int firstListAfterColon(LetterText letter, int from, Set<Integer> skip) {
		for (int i = from; i < letter.size(); i++) {
			if (skip.contains(i) || !Markup.isListItem(letter.line(i).raw())) {
				continue;
			}
			int before = letter.previousContent(i, from);
			if (before >= 0 && !Markup.isListItem(letter.line(before).raw())
					&& letter.line(before).plain().endsWith(":")) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A bulleted list of the questions, then a section for each. A section starts at a
	 * heading worded like one of the questions, or at a paragraph that restates one (and
	 * then at the heading just above it, if that heading matches no question: "Point
	 * 2:").
	 */
	private static List<Section> questionList(LetterText letter, int from, int listStart, Set<Integer> skip,
			Set<AskShape> shapes, Set<Integer> structural) {
		if (listStart < 0) {
			return new ArrayList<>();
		}
		List<Integer> bullets = new ArrayList<>();
		int i = listStart;
		while (i >= 0 && i < letter.size() && Markup.isListItem(letter.line(i).raw())) {
			bullets.add(i);
			i = letter.nextContent(i + 1, letter.size());
		}
		int listEnd = bullets.get(bullets.size() - 1) + 1;
		List<Set<String>> questions = bullets.stream().map((b) -> tokens(bulletText(letter.line(b)))).toList();
		boolean[] answered = new boolean[bullets.size()];
		List<Section> found = new ArrayList<>();
		Set<Integer> starts = new HashSet<>();
		for (int line = listEnd; line < letter.size(); line++) {
			LetterText.Line candidate = letter.line(line);
			if (skip.contains(line) || candidate.isBlank() || candidate.isFurniture() || candidate.isTableRow()) {
				continue;
			}
			boolean heading = Markup.isHeading(candidate.raw())
					|| candidate.plain().endsWith(":") && Markup.words(candidate.plain()) <= 25;
			if (!heading && Markup.words(candidate.plain()) > 60) {
				continue;
			}
			Set<String> words = tokens(candidate.plain());
			int best = -1;
			double bestScore = 0;
			for (int q = 0; q < questions.size(); q++) {
				double score = heading ? containment(words, questions.get(q)) : dice(words, questions.get(q));
				if (!answered[q] && score > bestScore) {
					best = q;
					bestScore = score;
				}
			}
			if (best < 0 || bestScore < (heading ? HEADING_MATCH : RESTATEMENT_MATCH)) {
				continue;
			}
			answered[best] = true;
			LetterText.Line bullet = letter.line(bullets.get(best));
			int first = line;
			String title = heading ? titleOf(candidate) : null;
			String reason = heading ? "a heading worded like question " + (best + 1) + " of the list"
					: "a paragraph restating question " + (best + 1) + " of the list";
			if (!heading) {
				int above = letter.previousContent(line, listEnd);
				if (above >= 0 && Markup.isHeading(letter.line(above).raw()) && !starts.contains(above)) {
					first = above;
					title = titleOf(letter.line(above));
					reason += ", under the heading \"" + title + "\"";
				}
			}
			starts.add(first);
			int marker = Markup.afterListMarker(bullet.raw());
			found.add(new Section(best + 1, AskKind.ACTION, title, bulletText(bullet), null,
					Quotes.start(bullet.raw().substring(marker)),
					(title != null) ? title : "List of questions, item " + (best + 1),
					Confidence.of(Math.min(0.9, 0.5 + 0.4 * bestScore), reason), first, line + 1, line + 1));
		}
		if (found.isEmpty()) {
			return found;
		}
		structural.addAll(bullets);
		int intro = letter.previousContent(listStart, from);
		if (intro >= 0) {
			structural.add(intro);
		}
		shapes.add(AskShape.QUESTION_LIST);
		return found;
	}

	/**
	 * A bullet's question without its marker and the "; and" that joins it to the next.
	 */
	private static String bulletText(LetterText.Line bullet) {
		String text = Markup.plain(bullet.raw().substring(Markup.afterListMarker(bullet.raw())));
		return LIST_JOINER.matcher(text).replaceFirst("").strip();
	}

	private static String titleOf(LetterText.Line heading) {
		return TRAILING_COLON.matcher(heading.plain()).replaceFirst("");
	}

	/**
	 * The courtesies after the last answer ("I hope this information is useful"), read
	 * back from its end.
	 */
	private static Set<Integer> closing(LetterText letter, Section last) {
		Set<Integer> closing = new TreeSet<>();
		for (int i = last.bodyEnd() - 1; i >= last.bodyStart(); i--) {
			LetterText.Line line = letter.line(i);
			if (line.isBlank() || line.isFurniture()) {
				continue;
			}
			if (!CLOSING.matcher(line.plain()).find()) {
				break;
			}
			closing.add(i);
		}
		return closing;
	}

	/**
	 * Content words, lower case, a plural "s" dropped: what two wordings of one question
	 * share.
	 */
	static Set<String> tokens(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty() || STOP_WORDS.contains(word)) {
				continue;
			}
			words.add((word.length() > 3 && word.endsWith("s") && !word.endsWith("ss"))
					? word.substring(0, word.length() - 1) : word);
		}
		return words;
	}

	/** Shared words over the shorter wording's words; at least two must be shared. */
	static double containment(Set<String> a, Set<String> b) {
		long shared = a.stream().filter(b::contains).count();
		int smaller = Math.min(a.size(), b.size());
		return (shared < 2 || smaller == 0) ? 0 : (double) shared / smaller;
	}

	static double dice(Set<String> a, Set<String> b) {
		long shared = a.stream().filter(b::contains).count();
		return (a.isEmpty() && b.isEmpty()) ? 0 : 2.0 * shared / (a.size() + b.size());
	}

}
