package london.scrutiny.tracker.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import london.scrutiny.tracker.importer.LetterRejectedException.Reason;

/**
 * Turns the text of a response letter (as converted from its PDF) into a
 * {@link LetterDraft}: its reference, date, signatory and addressees, what it replies to,
 * the asks it answers and each answer's passage, every figure with the sentence that
 * states it, and the known programmes it names.
 * <p>
 * It is plain Java with no state beyond its configuration: create one and call it from
 * any thread. Nothing is stored; a draft is for a clerk to check and confirm. Text that
 * is empty, binary, longer than {@link #MAX_CHARACTERS} or not a letter is rejected with
 * a {@link LetterRejectedException} whose {@link LetterRejectedException#reason() reason}
 * says which.
 */
public final class LetterParser {

	/**
	 * The longest text accepted, in characters. A long answering letter with its annex
	 * runs to about 20,000 characters, and the longest document in the corpus (an annual
	 * report) to 65,000; 90,000 leaves room for any real letter, keeps a pasted book or a
	 * log file out, and fits within the API's 100 KB request body cap.
	 */
	public static final int MAX_CHARACTERS = 90_000;

	/**
	 * Quotes and brackets that close a sentence, read once from where their run starts.
	 */
	private static final Pattern CLOSING_MARKS = Pattern.compile("(?<![\'’”\")\\]])[\'’”\")\\]]++$");

	/**
	 * Reads {@code text} without hints: asks carry no id and no programme is recognised.
	 */
	public LetterDraft parse(String text) {
		return parse(text, ImportHints.none());
	}

	/**
	 * Reads {@code text} into a draft.
	 * @param text the letter's text
	 * @param hints what the caller knows: the report answered, the programmes to
	 * recognise (may be null)
	 * @return the draft; never null
	 * @throws LetterRejectedException if the text is empty, binary, oversized or not a
	 * letter
	 */
	public LetterDraft parse(String text, ImportHints hints) {
		return parse(text, hints, ReadingBudget.DEFAULT);
	}

	/**
	 * Reads {@code text} into a draft within {@code budget}: a request passes its
	 * timeout, so that reading stops when the request would.
	 * @throws LetterRejectedException as {@link #parse(String, ImportHints)}, and
	 * (TOO_SLOW) when the budget is spent
	 */
	public LetterDraft parse(String text, ImportHints hints, Duration budget) {
		InputCheck.check(text);
		ImportHints given = (hints != null) ? hints : ImportHints.none();
		LetterText letter = new LetterText(text, ReadingBudget.of(budget));
		HeaderReader.Header header = HeaderReader.read(letter);
		SignatureReader.Signature signature = SignatureReader.read(letter, header.bodyStart());
		AskFinder.Layout layout = AskFinder.find(letter, header.bodyStart(), signature.signOffLine(), signature.lines(),
				!given.asks().isEmpty());
		Map<AskFinder.Section, KnownAsk> known = new HashMap<>();
		layout = aligned(letter, layout, given.asks(), known);
		if (header.reference() == null && header.date() == null && header.salutationLine() < 0
				&& signature.signOffLine() < 0 && layout.sections().isEmpty()) {
			throw new LetterRejectedException(Reason.NOT_A_LETTER, "This text has no reference (\"Our ref:\"), no "
					+ "date line, no salutation (\"Dear ...\"), no sign-off (\"Yours sincerely\") and no answer "
					+ "to an ask (\"Response:\" under an ask, a question followed by its answer): it is not a "
					+ "letter or other correspondence. Only letters, response papers and written answers can be imported; a "
					+ "report's figures are curated by hand.");
		}
		Regions regions = new Regions(letter, header, signature, layout);
		ReplyReader.Reply reply = ReplyReader.read(letter, regions.outsideAnswers(), header.reference(),
				(header.date() != null) ? header.date().value() : null);
		ProgrammeMatcher programmes = new ProgrammeMatcher(given.programmes());
		List<ProgrammeMention> mentions = mentions(letter, regions, programmes);
		List<DraftAsk> asks = new ArrayList<>();
		List<DraftResponse> responses = new ArrayList<>();
		for (AskFinder.Section section : layout.sections()) {
			String askId = given.asks().isEmpty()
					? ((given.reportId() != null && section.number() != null)
							? given.reportId() + "/" + section.number() : null)
					: (known.containsKey(section) ? known.get(section).id() : null);
			if (section.number() != null || section.reference() != null) {
				asks.add(new DraftAsk(section.number(), section.reference(), askId, section.kind(), section.title(),
						section.text(), section.addresseeText(), List.of(), null, section.quote(), section.locator(),
						section.confidence()));
			}
			DraftResponse response = response(letter, section, askId, regions, mentions);
			if (response != null) {
				responses.add(response);
			}
		}
		List<DraftFigure> figures = FigureScanner.scan(letter, regions.claims(), regions::placeOf,
				(header.date() != null) ? header.date().value() : null);
		DraftParty signatory = (signature.signatory() != null) ? signature.signatory() : header.writer();
		if (signatory == null && layout.speaker() != null) {
			signatory = new DraftParty(null, layout.speaker(), null,
					Confidence.of(0.6, "\"" + layout.speaker() + "\" heads the answers: the paper gives no name"));
		}
		return new LetterDraft(header.reference(), header.date(), signatory, header.recipients(), signature.cc(),
				reply.inReplyTo(), reply.meeting(), reply.delay(), given.reportId(), List.copyOf(layout.shapes()), asks,
				responses, figures, mentions, unplaced(letter, regions, reply), unanswered(given.asks(), known));
	}

	/**
	 * The layout with each section tied to the known ask it answers (see
	 * {@link AnswerAligner}): a tied section takes the ask's number and reference. A
	 * section found only by its heading is dropped when it answers no known ask.
	 */
	private static AskFinder.Layout aligned(LetterText letter, AskFinder.Layout layout, List<KnownAsk> asks,
			Map<AskFinder.Section, KnownAsk> known) {
		if (asks.isEmpty() || layout.sections().isEmpty()) {
			return layout;
		}
		List<AnswerAligner.Passage> passages = layout.sections()
			.stream()
			.map((s) -> new AnswerAligner.Passage(s.number(), s.reference(), wording(letter, s)))
			.toList();
		List<AnswerAligner.Tie> ties = AnswerAligner.align(passages, asks);
		boolean headingsOnly = layout.shapes().contains(AskShape.HEADINGS);
		Map<Integer, AnswerAligner.Tie> byPassage = new HashMap<>();
		ties.forEach((t) -> byPassage.put(t.passage(), t));
		List<AskFinder.Section> sections = new ArrayList<>();
		for (int p = 0; p < layout.sections().size(); p++) {
			AskFinder.Section section = layout.sections().get(p);
			AnswerAligner.Tie tie = byPassage.get(p);
			if (tie != null && headingsOnly && tie.similarity() < AnswerAligner.LEAST) {
				// Under headings alone, a number may be a list inside an answer: the
				// wording
				// must agree too.
				tie = null;
			}
			if (tie == null) {
				if (!headingsOnly) {
					sections.add(section);
				}
				continue;
			}
			AskFinder.Section tied = section.alignedTo(tie.ask().number(), tie.ask().reference(),
					"tied to the known ask by " + tie.basis(), tie.basis().startsWith("number") ? 0.95 : 0.8);
			known.put(tied, tie.ask());
			sections.add(tied);
		}
		return layout.withSections(sections);
	}

	/**
	 * What says which ask a section answers: the ask as quoted, its heading, or the
	 * answer's start.
	 */
	private static String wording(LetterText letter, AskFinder.Section section) {
		if (section.text() != null) {
			return section.text() + ((section.title() != null) ? " " + section.title() : "");
		}
		if (section.title() != null) {
			return section.title();
		}
		StringBuilder start = new StringBuilder();
		for (int i = section.bodyStart(); i < section.bodyEnd() && start.length() < 400; i++) {
			start.append(letter.line(i).plain()).append(' ');
		}
		return start.toString();
	}

	/** The known asks no passage answers, in their order. */
	private static List<DraftAsk> unanswered(List<KnownAsk> asks, Map<AskFinder.Section, KnownAsk> known) {
		List<DraftAsk> unanswered = new ArrayList<>();
		for (KnownAsk ask : asks) {
			if (!known.containsValue(ask)) {
				unanswered.add(new DraftAsk(ask.number(), ask.reference(), ask.id(), null, null, ask.text(), null,
						List.of(), null, null, (ask.reference() != null) ? ask.reference() : "Ask " + ask.number(),
						Confidence.of(0.7, "no passage of the letter answers it by number or by wording")));
			}
		}
		return unanswered;
	}

	/**
	 * The answer's passage: its lines without page furniture, emphasis marks or closing
	 * courtesies. A sentence a page break cut in two is joined again; the quote is the
	 * first paragraph, verbatim.
	 */
	private static DraftResponse response(LetterText letter, AskFinder.Section section, String askId, Regions regions,
			List<ProgrammeMention> mentions) {
		StringBuilder text = new StringBuilder();
		String quote = null;
		boolean blank = false;
		boolean pageBreak = false;
		for (int i = section.bodyStart(); i < section.bodyEnd(); i++) {
			LetterText.Line line = letter.line(i);
			if (regions.isSignature(i) || regions.isClosing(i)) {
				continue;
			}
			if (line.isFurniture()) {
				pageBreak = true;
				continue;
			}
			if (line.isBlank()) {
				blank = true;
				continue;
			}
			if (!text.isEmpty()) {
				text.append((pageBreak && !endsSentence(text)) ? " " : (blank || pageBreak) ? "\n\n" : "\n");
			}
			text.append(line.plain());
			if (quote == null && !Markup.isHeading(line.raw())) {
				quote = Quotes.start(line.raw());
			}
			blank = false;
			pageBreak = false;
		}
		if (text.isEmpty()) {
			return null;
		}
		if (quote == null) {
			// Only headings under the ask: quote the first of them rather than nothing.
			quote = Quotes.start(letter.line(letter.nextContent(section.bodyStart(), section.bodyEnd())).raw());
		}
		Set<String> programmeIds = new LinkedHashSet<>();
		mentions.stream()
			.filter((m) -> m.askNumber() != null && m.askNumber().equals(section.number()))
			.forEach((m) -> programmeIds.add(m.programmeId()));
		String extent = (section.bodyEnd() >= letter.size()) ? "to the end of the letter"
				: regions.isSignOff(section.bodyEnd()) ? "up to the sign-off" : "up to the next ask";
		return new DraftResponse(section.number(), section.reference(), askId, text.toString(), quote,
				section.locator(), List.copyOf(programmeIds), Confidence.of(Math.min(0.9, section.confidence().score()),
						"the passage under \"" + section.locator() + "\", " + extent + tiedBy(section)));
	}

	/**
	 * How the section was tied to a known ask, when it was: "; tied to the known ask by
	 * ...".
	 */
	private static String tiedBy(AskFinder.Section section) {
		String reason = section.confidence().reason();
		int at = reason.indexOf("; tied to the known ask");
		return (at >= 0) ? reason.substring(at) : "";
	}

	private static boolean endsSentence(CharSequence text) {
		String end = CLOSING_MARKS.matcher(text).replaceAll("");
		return !end.isEmpty() && ".!?:;".indexOf(end.charAt(end.length() - 1)) >= 0;
	}

	/**
	 * Every known programme the body names, outside the asks' own words, with the ask
	 * whose answer holds it.
	 */
	private static List<ProgrammeMention> mentions(LetterText letter, Regions regions, ProgrammeMatcher programmes) {
		List<ProgrammeMention> mentions = new ArrayList<>();
		if (programmes.isEmpty()) {
			return mentions;
		}
		for (int i : regions.claims()) {
			String raw = letter.line(i).raw();
			List<ProgrammeMatcher.Match> matches = programmes.find(raw);
			List<int[]> sentences = matches.isEmpty() ? List.of() : Sentences.split(raw);
			for (ProgrammeMatcher.Match match : matches) {
				int[] sentence = Sentences.containing(sentences, match.start(), raw.length());
				int from = (sentence[0] == 0) ? Markup.afterListMarker(raw) : sentence[0];
				String quote = Quotes.around(raw.substring(from, sentence[1]), match.start() - from,
						match.end() - from);
				mentions.add(new ProgrammeMention(match.programme().id(), match.programme().name(),
						raw.substring(match.start(), match.end()), quote, regions.placeOf(i).askNumber(),
						ProgrammeMatcher.confidence(match)));
			}
		}
		return mentions;
	}

	/**
	 * The body's passages that belong to no answer and play no part the draft already
	 * records (the list of questions, a sentence giving the reply date, headings,
	 * courtesies), grouped by paragraph.
	 */
	private static List<UnplacedPassage> unplaced(LetterText letter, Regions regions, ReplyReader.Reply reply) {
		List<UnplacedPassage> passages = new ArrayList<>();
		int first = -1;
		int last = -1;
		for (int i = regions.bodyStart(); i < letter.size(); i++) {
			if (regions.isUnplaced(i) && !reply.lines().contains(i) && !isHeadingLike(letter.line(i))) {
				first = (first < 0) ? i : first;
				last = i;
				continue;
			}
			// A blank line, or a line the draft places, ends the passage.
			if (first >= 0) {
				passages.add(unplacedPassage(letter, regions, first, last));
				first = -1;
			}
		}
		if (first >= 0) {
			passages.add(unplacedPassage(letter, regions, first, last));
		}
		return passages;
	}

	private static UnplacedPassage unplacedPassage(LetterText letter, Regions regions, int first, int last) {
		String passage = letter.text().substring(letter.line(first).start(), letter.line(last).end());
		String quote = Quotes.start(passage);
		String cut = (quote.length() < Markup.inner(passage).length())
				? " (its first " + quote.length() + " characters)" : "";
		return new UnplacedPassage(quote, regions.whyUnplaced(first) + cut);
	}

	/**
	 * A heading, or a short line such as "Annex" or "Response to recommendations:":
	 * structure, not a passage.
	 */
	private static boolean isHeadingLike(LetterText.Line line) {
		String plain = line.plain();
		return Markup.isHeading(line.raw()) || plain.endsWith(":") && Markup.words(plain) <= 25
				|| Markup.words(plain) <= 3 && !plain.matches(".*[.!?]$");
	}

	/**
	 * Which part of the letter each line belongs to: head, signature, an answer, an ask,
	 * or none.
	 */
	private static final class Regions {

		private final LetterText letter;

		private final HeaderReader.Header header;

		private final SignatureReader.Signature signature;

		private final AskFinder.Layout layout;

		/** For each line, the index of the section whose answer holds it, or -1. */
		private final int[] answerOf;

		/**
		 * For each line, the index of the section whose ask (heading, restated question)
		 * it is, or -1.
		 */
		private final int[] askOf;

		Regions(LetterText letter, HeaderReader.Header header, SignatureReader.Signature signature,
				AskFinder.Layout layout) {
			this.letter = letter;
			this.header = header;
			this.signature = signature;
			this.layout = layout;
			this.answerOf = new int[letter.size()];
			this.askOf = new int[letter.size()];
			Arrays.fill(this.answerOf, -1);
			Arrays.fill(this.askOf, -1);
			List<AskFinder.Section> sections = layout.sections();
			for (int s = 0; s < sections.size(); s++) {
				AskFinder.Section section = sections.get(s);
				for (int i = section.firstLine(); i < section.bodyStart(); i++) {
					this.askOf[i] = s;
				}
				for (int i = section.bodyStart(); i < section.bodyEnd(); i++) {
					this.answerOf[i] = s;
				}
			}
		}

		int bodyStart() {
			return this.header.bodyStart();
		}

		boolean isSignature(int line) {
			return this.signature.lines().contains(line);
		}

		boolean isSignOff(int line) {
			return line == this.signature.signOffLine();
		}

		boolean isClosing(int line) {
			return this.layout.closing().contains(line);
		}

		/**
		 * Lines outside every answer and the signature, where a letter speaks of its own
		 * correspondence.
		 */
		List<Integer> outsideAnswers() {
			List<Integer> lines = new ArrayList<>();
			for (int i = 0; i < this.letter.size(); i++) {
				if (this.answerOf[i] < 0 && this.askOf[i] < 0 && !isSignature(i)) {
					lines.add(i);
				}
			}
			return lines;
		}

		/**
		 * The body's lines that make claims: everything after the salutation except the
		 * signature, page furniture, the asks' own words (the Committee's, not the
		 * letter's), and the list of questions.
		 */
		List<Integer> claims() {
			List<Integer> lines = new ArrayList<>();
			for (int i = bodyStart(); i < this.letter.size(); i++) {
				LetterText.Line line = this.letter.line(i);
				if (!isSignature(i) && !isClosing(i) && this.askOf[i] < 0 && !this.layout.structural().contains(i)
						&& !line.isBlank() && !line.isFurniture()) {
					lines.add(i);
				}
			}
			return lines;
		}

		FigureScanner.Place placeOf(int line) {
			int s = (this.answerOf[line] >= 0) ? this.answerOf[line] : this.askOf[line];
			if (s < 0) {
				return new FigureScanner.Place(null,
						(line < this.layout.firstLine()) ? "Opening" : "Outside the answers");
			}
			AskFinder.Section section = this.layout.sections().get(s);
			return new FigureScanner.Place(section.number(), section.locator());
		}

		boolean isUnplaced(int line) {
			LetterText.Line text = this.letter.line(line);
			return this.answerOf[line] < 0 && this.askOf[line] < 0 && !isSignature(line) && !isClosing(line)
					&& !this.layout.structural().contains(line) && !text.isBlank() && !text.isFurniture();
		}

		String whyUnplaced(int line) {
			if (this.layout.sections().isEmpty()) {
				return "no ask was recognised in this letter, so no passage could be tied to one";
			}
			if (line < this.layout.firstLine()) {
				return (this.signature.signOffLine() >= 0 && line > this.signature.signOffLine())
						? "between the signature and the first ask" : "in the covering text, before the first ask";
			}
			return "after the last answer";
		}

	}

}
