package london.scrutiny.tracker.importer.asks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.ask.AskKind;
import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.importer.Confidence;
import london.scrutiny.tracker.importer.DraftAsk;
import london.scrutiny.tracker.importer.DraftDeadline;
import london.scrutiny.tracker.importer.DraftParty;
import london.scrutiny.tracker.importer.TextWords;
import london.scrutiny.tracker.importer.UnplacedPassage;

/**
 * Reads the asks of a report, an inspection or a meeting's minutes into an
 * {@link AsksDraft}. It works from what such documents have in common, not from any one
 * layout:
 * <ul>
 * <li>a lead-in ("the Deputy Commissioner, MPS, undertook to:", "requested the following
 * information from the London Fire Commissioner:", "makes three recommendations to the
 * Commissioner:", a heading "Areas for improvement") followed by a list: one ask per
 * item, the lead-in's addressee and deadline applied to each;</li>
 * <li>numbered items ("3.", "(3)", "Recommendation 3") in a section of recommendations or
 * conclusions, or that ask something of someone, with "(Paragraph 12)" kept as the
 * locator;</li>
 * <li>decisions in prose ("it was agreed that", "The Panel decided to", "We recommend
 * that"), one ask per sentence;</li>
 * <li>rows of a flattened Summary List of Actions (action / status / action by), each
 * starting with who agreed to do what.</li>
 * </ul>
 * Lists that follow anything else (guests welcomed, the Committee's own "is recommended
 * to:") are not asks. Input is checked and capped at {@link TextWords#MAX_CHARACTERS};
 * every pattern is linear in the length of the text.
 */
public final class AsksReader {

	private static final Pattern LEAD_IN = Pattern.compile("\\b(?:undert(?:ook|aken|akes) to|agreed(?: to| that)?|"
			+ "committed to|promised to|offered to|requested|asked (?:for|that|the|him|her|them)|recommendations? "
			+ "(?:to|for)|recommends?|calls? (?:on|upon)|actions? (?:agreed|arising)|following (?:actions|information|"
			+ "further information|additional information)|areas? for improvement|causes? of concern|"
			+ "(?:should|must|will):\\s*$)", Pattern.CASE_INSENSITIVE);

	private static final Pattern REFLEXIVE = Pattern.compile(
			"\\b(?:The|the) (?:Committee|Sub-Committee|Panel|Board|Assembly|Authority) (?:is|are) (?:recommended|asked|invited|requested) to\\b"
					+ "|\\bMembers are (?:recommended|asked|invited|requested) to\\b|^That the (?:Committee|Panel|Board|Assembly)\\b");

	private static final Pattern ASK_HEADING = Pattern.compile(
			"(?i)^(?:(?:summary|list) of )?(?:conclusions and )?(?:recommendations?|conclusions|areas? for improvement|"
					+ "causes? of concern|actions?(?: points?| agreed| arising| required)?|decisions|resolutions?)\\b");

	private static final Pattern CONCERN = Pattern.compile("(?i)^causes? of concern\\b");

	private static final Pattern IT_WAS_AGREED = Pattern.compile("\\b[Ii]t was (?:agreed|resolved|decided) that\\s+");

	private static final Pattern AGREED = Pattern
		.compile("\\b(?:agreed|resolved|decided|undertook|committed|promised|offered)\\s+(to|that)\\b");

	private static final Pattern ROW_VERB = Pattern
		.compile("\\b(?:agreed|undertook|requested|asked|committed|promised|offered)\\b");

	private static final Pattern WE_RECOMMEND = Pattern.compile(
			"\\b(?:We|The (?:Committee|Panel|Inspectorate|Board))\\s+(?:(?:also|therefore|strongly)\\s+)?(?:recommends?|urges?|calls? (?:on|upon))\\b");

	private static final Pattern ASK_WORDS = Pattern
		.compile("\\b(?:should|must|recommends?|agreed to|undertook|requested)\\b");

	private static final Pattern TABLE = Pattern
		.compile("(?i)\\baction by\\b|\\baction required\\b|summary list of actions|\\baction log\\b");

	private static final Pattern MINUTES = Pattern.compile(
			"(?i)\\bminutes\\b|undertook to|\\bagreed to\\b|it was agreed|action by|summary list of actions|\\bresolved\\b"
					+ "|requested the following|apologies for absence|agenda item");

	private static final Pattern INSPECTION = Pattern.compile("(?i)areas? for improvement|causes? of concern");

	private static final Pattern PARAGRAPH_REF = Pattern.compile(
			"\\s*\\((Paras?\\.?|Paragraphs?)\\s+(\\d{1,4}(?:\\.\\d{1,3})?(?:\\s*(?:[-–,]|and)\\s*\\d{1,4}(?:\\.\\d{1,3})?){0,6})\\)\\s*$");

	private static final Pattern REFERENCE = Pattern
		.compile("^\\(?([A-Z]{1,6}/\\d{2,4}(?:/\\d{1,4})?|[A-Z]{1,4}-\\d{2,4}-\\d{1,4}|Q\\d{1,4})\\)?[.:]?\\s+");

	private static final Pattern FROM = Pattern.compile("\\bfrom\\s+(?=the\\s|[A-Z])");

	private static final Pattern LIST_END = Pattern.compile("(?:\\s*[;,]\\s*(?:and|or)?|\\s+and)\\s*$");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z“\"‘(]|\\s*$)");

	/**
	 * Reads {@code text}; {@code kind}, when given, says what the document is, otherwise
	 * the reader recognises it.
	 * @throws london.scrutiny.tracker.importer.LetterRejectedException when the text is
	 * empty, binary or over the size limit
	 */
	public AsksDraft read(String text, DocumentKind kind) {
		TextWords.check(text);
		List<String> lines = Layout.lines(text);
		List<Block> blocks = Layout.blocks(lines);
		DocumentKind documentKind = (kind != null) ? kind : kindOf(text);
		Reading reading = new Reading(text, blocks, documentKind);
		reading.run();
		Headers.Header header = Headers.read(blocks, lines);
		List<UnplacedPassage> unplaced = new ArrayList<>(reading.unplaced);
		if (reading.asks.isEmpty()) {
			unplaced.add(0, new UnplacedPassage(excerpt(text.strip(), 300),
					"No ask found: the text has no numbered recommendations or conclusions, no list after a lead-in "
							+ "such as \"undertook to:\", \"requested the following information\" or \"Areas for "
							+ "improvement\", and no decision such as \"it was agreed that\". Check that it is a "
							+ "report or minutes; a letter answering asks is drafted with draftLetter."));
		}
		return new AsksDraft(documentKind, header.title(), header.date(), header.meeting(), header.author(),
				reading.asks, unplaced);
	}

	static DocumentKind kindOf(String text) {
		if (INSPECTION.matcher(text).find()) {
			return DocumentKind.INSPECTION_REPORT;
		}
		return MINUTES.matcher(text).find() ? DocumentKind.COMMITTEE_MEETING : DocumentKind.COMMITTEE_REPORT;
	}

	/** A lead-in in force: who its items ask, by when, and how sure the reader is. */
	private record LeadIn(String addressee, DraftDeadline deadline, String words, boolean reflexive,
			boolean takesParagraph, String title) {
	}

	/** One pass over the blocks. */
	private static final class Reading {

		private final String text;

		private final List<Block> blocks;

		private final AskKind askKind;

		private final boolean table;

		private final List<DraftAsk> asks = new ArrayList<>();

		private final List<UnplacedPassage> unplaced = new ArrayList<>();

		private LeadIn leadIn;

		private boolean section;

		Reading(String text, List<Block> blocks, DocumentKind kind) {
			this.text = text;
			this.blocks = blocks;
			this.askKind = (kind == DocumentKind.COMMITTEE_MEETING) ? AskKind.ACTION : AskKind.RECOMMENDATION;
			this.table = TABLE.matcher(text).find();
		}

		void run() {
			for (int i = 0; i < this.blocks.size(); i++) {
				Block block = this.blocks.get(i);
				boolean listFollows = i + 1 < this.blocks.size() && this.blocks.get(i + 1).isListItem();
				switch (block.type()) {
					case HEADING -> heading(block);
					case BULLET, LETTERED -> listItem(block);
					case NUMBERED -> numbered(block);
					case PARAGRAPH, MINUTE -> paragraph(block, listFollows);
				}
			}
		}

		private void heading(Block block) {
			if (ASK_HEADING.matcher(block.text()).find()) {
				boolean concern = CONCERN.matcher(block.text()).find();
				this.leadIn = new LeadIn(null, null, block.text(), false, concern, title(block.text()));
				this.section = true;
			}
			else {
				this.leadIn = null;
				if (block.number() != null) {
					this.section = false;
				}
			}
		}

		private void listItem(Block block) {
			if (this.leadIn != null && !this.leadIn.reflexive()) {
				add(block, null, 0.9, "an item of the list after \"" + excerpt(this.leadIn.words(), 80) + "\"");
			}
			else if (this.section && this.leadIn == null && !Parties.askedOf(block.text()).isEmpty()) {
				add(block, null, 0.7, "an item that asks something of someone, under a heading of recommendations");
			}
			else {
				noteUnplaced(block.text());
			}
		}

		private void numbered(Block block) {
			if (this.leadIn != null && this.leadIn.reflexive()) {
				return;
			}
			if (this.leadIn != null) {
				add(block, block.number(), 0.9,
						"item " + block.number() + " of the list after \"" + excerpt(this.leadIn.words(), 80) + "\"");
			}
			else if (block.label() != null) {
				add(block, block.number(), 0.95, "labelled \"" + block.label() + " " + block.number() + "\"");
			}
			else if (this.section) {
				boolean asking = !Parties.askedOf(block.text()).isEmpty() || ASK_WORDS.matcher(block.text()).find();
				add(block, block.number(), asking ? 0.85 : 0.5, asking
						? "a numbered item under a heading of recommendations or conclusions"
						: "a numbered conclusion that asks nothing of anyone directly: keep it only if the report counts it among its recommendations");
			}
			else if (!Parties.askedOf(block.text()).isEmpty()) {
				add(block, block.number(), 0.7, "a numbered item that asks something of someone");
			}
			else {
				noteUnplaced(block.text());
			}
		}

		private void paragraph(Block block, boolean listFollows) {
			String words = block.text();
			if (this.leadIn != null && this.leadIn.takesParagraph()) {
				LeadIn concern = this.leadIn;
				this.leadIn = null;
				addText(words, null, null, concern.title(), List.of(), null, 0.8,
						"the statement under \"" + concern.words() + "\"");
				return;
			}
			this.leadIn = null;
			if (listFollows) {
				if (REFLEXIVE.matcher(words).find()) {
					this.leadIn = new LeadIn(null, null, words, true, false, null);
					return;
				}
				Matcher trigger = LEAD_IN.matcher(words);
				if (trigger.find()) {
					this.leadIn = new LeadIn(leadInAddressee(words, trigger), Deadlines.in(words).orElse(null), words,
							false, false, null);
					return;
				}
			}
			if (this.table && tableRow(words)) {
				return;
			}
			if (!prose(words)) {
				noteUnplaced(words);
			}
		}

		/**
		 * Who a lead-in's items ask: the one they are requested "from", the one
		 * recommendations are made "to", or the subject who undertook or agreed; not the
		 * Committee that requested them.
		 */
		private String leadInAddressee(String words, Matcher trigger) {
			String verb = trigger.group().toLowerCase(Locale.ROOT);
			Matcher from = FROM.matcher(words);
			if (from.find(trigger.start())) {
				return Parties.after(words, from.end());
			}
			if (verb.startsWith("recommendation") || verb.startsWith("call")) {
				return Parties.after(words, trigger.end());
			}
			if (verb.startsWith("asked ")) {
				return Parties.after(words, trigger.start() + 6);
			}
			if (verb.startsWith("requested") || verb.startsWith("following") || verb.startsWith("area")
					|| verb.startsWith("cause") || verb.startsWith("action")) {
				return null;
			}
			if (verb.equals("agreed that")) {
				String then = Parties.after(words, trigger.end());
				if (then != null) {
					return then;
				}
			}
			if (verb.startsWith("recommend")) {
				return Parties.after(words, trigger.end());
			}
			return Parties.before(words, trigger.start());
		}

		/** A row of a flattened action table: "The Deputy Mayor ... agreed ...". */
		private boolean tableRow(String words) {
			Matcher verb = ROW_VERB.matcher(words);
			if (!verb.find() || verb.start() > 160) {
				return false;
			}
			String subject = Parties.before(words, verb.start());
			if (subject == null || !words.startsWith(subject)) {
				return false;
			}
			addText(words, null, null, null, List.of(subject), null, 0.6,
					"a row of an action table: who agreed to do what (status and \"action by\" cells may be run into it)");
			return true;
		}

		/** Decisions in running text, one ask per sentence. */
		private boolean prose(String words) {
			boolean found = false;
			for (int[] sentence : sentences(words)) {
				String s = words.substring(sentence[0], sentence[1]);
				Matcher agreed = IT_WAS_AGREED.matcher(s);
				if (agreed.find()) {
					String addressee = Parties.after(s, agreed.end());
					addText(s.substring(agreed.start()), null, null, null, listOf(addressee), null, 0.75,
							"a decision recorded as \"" + agreed.group().strip() + "\"");
					found = true;
					continue;
				}
				Matcher decided = AGREED.matcher(s);
				if (decided.find()) {
					String subject = Parties.before(s, decided.start());
					if (subject != null) {
						String addressee = subject;
						if ("that".equals(decided.group(1))) {
							String then = Parties.after(s, decided.end() + 1);
							addressee = (then != null) ? then : subject;
						}
						int from = s.lastIndexOf(subject, decided.start());
						addText(s.substring(Math.max(0, from)), null, null, null, List.of(addressee), null, 0.7,
								"a decision recorded as \"" + subject + " " + decided.group() + "\"");
						found = true;
						continue;
					}
				}
				Matcher recommend = WE_RECOMMEND.matcher(s);
				if (recommend.find()) {
					addText(s, null, null, null, Parties.askedOf(s), null, 0.7,
							"a recommendation made in running text");
					found = true;
				}
			}
			return found;
		}

		private void add(Block block, Integer number, double score, String reason) {
			addText(block.text(), number, null, (block.label() != null) ? block.label() + " " + number : null,
					(this.leadIn != null && this.leadIn.addressee() != null) ? List.of(this.leadIn.addressee())
							: List.of(),
					(this.leadIn != null) ? this.leadIn.deadline() : null, score, reason);
		}

		private void addText(String raw, Integer number, String reference, String title, List<String> given,
				DraftDeadline givenDeadline, double score, String reason) {
			String words = raw.strip();
			String locator = null;
			Matcher ref = REFERENCE.matcher(words);
			if (ref.find()) {
				reference = ref.group(1);
				words = words.substring(ref.end());
			}
			Matcher paragraph = PARAGRAPH_REF.matcher(words);
			if (paragraph.find()) {
				locator = "Paragraph " + paragraph.group(2).strip();
				words = words.substring(0, paragraph.start());
			}
			words = LIST_END.matcher(words).replaceFirst("").strip();
			if (words.isEmpty()) {
				return;
			}
			Map<String, String> parties = new LinkedHashMap<>();
			for (String party : given) {
				Parties.add(parties, expand(party));
			}
			if (given.isEmpty() || number != null || title != null || this.leadIn != null) {
				for (String party : Parties.askedOf(words)) {
					Parties.add(parties, expand(party));
				}
			}
			List<DraftParty> addressees = parties.values().stream().map((p) -> party(p, score)).toList();
			Optional<DraftDeadline> own = Deadlines.in(words);
			DraftDeadline deadline = own.orElse(givenDeadline);
			String addresseeText = addressees.isEmpty() ? null : String.join("; ", parties.values());
			this.asks.add(new DraftAsk(number, reference, null, this.askKind, title, words, addresseeText, addressees,
					deadline, excerpt(raw.strip(), 500), locator, new Confidence(score, reason)));
		}

		private String title(String heading) {
			String lower = heading.toLowerCase(Locale.ROOT);
			if (lower.startsWith("area")) {
				return "Area for improvement";
			}
			if (lower.startsWith("cause")) {
				return "Cause of concern";
			}
			return null;
		}

		/**
		 * "the Commissioner", where the text names the post in full earlier ("the new
		 * London Fire Commissioner"), is that post.
		 */
		private String expand(String party) {
			if (party.matches("[A-Z]{2,6}")) {
				Matcher defined = Pattern
					.compile("((?:[A-Z][\\w’']*\\s+(?:(?:of|for|and|the)\\s+)?){1,6})\\(" + party + "\\)")
					.matcher(this.text);
				return defined.find() ? defined.group(1).strip() + " (" + party + ")" : party;
			}
			String[] words = party.split(" ");
			if (words.length != 2 || !words[0].equalsIgnoreCase("the")) {
				return party;
			}
			Matcher full = Pattern.compile("((?:[A-Z][\\w’']+ ){1,3})" + Pattern.quote(words[1]) + "\\b")
				.matcher(this.text);
			while (full.find()) {
				String first = full.group(1).split(" ")[0];
				if (!Parties.isRole(full.group(1)) && !"The".equals(first)) {
					return full.group(1) + words[1];
				}
			}
			return party;
		}

		private void noteUnplaced(String words) {
			if (this.unplaced.size() < 20 && ASK_WORDS.matcher(words).find()) {
				this.unplaced.add(new UnplacedPassage(excerpt(words, 300),
						"It has the words of an ask but no addressee at the start of a clause, and it is in no list "
								+ "of asks: draft it by hand if it is one."));
			}
		}

	}

	/** Start and end of each sentence. */
	static List<int[]> sentences(String words) {
		List<int[]> out = new ArrayList<>();
		Matcher end = SENTENCE_END.matcher(words);
		int from = 0;
		while (end.find()) {
			int to = end.end();
			if (to - from > 1) {
				out.add(new int[] { skipSpace(words, from), to });
			}
			from = to;
		}
		if (from < words.length() && !words.substring(from).isBlank()) {
			out.add(new int[] { skipSpace(words, from), words.length() });
		}
		return out;
	}

	private static int skipSpace(String words, int from) {
		int i = from;
		while (i < words.length() && words.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	private static List<String> listOf(String party) {
		return (party != null) ? List.of(party) : List.of();
	}

	static DraftParty party(String words, double score) {
		Confidence confidence = new Confidence(Math.min(score, 0.8),
				"named in the text; the organisation or person it refers to is resolved from the stored records");
		int comma = words.indexOf(", ");
		if (comma > 0) {
			return new DraftParty(null, words.substring(0, comma).replaceFirst("^(?:the|The) ", ""),
					words.substring(comma + 2), confidence);
		}
		return Parties.isRole(words) ? new DraftParty(null, words, null, confidence)
				: new DraftParty(null, null, words, confidence);
	}

	static String excerpt(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
