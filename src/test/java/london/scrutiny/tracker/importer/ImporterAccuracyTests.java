package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import london.scrutiny.tracker.store.SeedLoader;
import london.scrutiny.tracker.support.Text;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the parser against the curated seed: each corpus text is parsed and its draft
 * compared with what the curators recorded for that document. The table goes to
 * {@code target/importer-accuracy.md}; the assertions hold today's numbers as floors, so
 * a change that makes the importer worse fails here.
 * <p>
 * Only this test reads the seed. What is compared:
 * <ul>
 * <li>asks: the numbers of the asks the letter answers (the curated responses'
 * asks);</li>
 * <li>responses: the drafted answers and the curated ones, matched by ask number;</li>
 * <li>figures: a drafted figure is right when its value and unit are among the figures of
 * the same document's curated evidence, and a curated figure is found when the draft has
 * its value and unit. A count of people (PEOPLE) is compared as a COUNT: the parser only
 * guesses what a number counts;</li>
 * <li>programme links: per response, the curated response's programmes against the
 * draft's;</li>
 * <li>passage words: how much of the curated answer's wording the drafted passage has (F1
 * over words);</li>
 * <li>letter fields: reference, date, signatory and role, first addressee, cc, reply date
 * and basis, and the admission of delay, each compared with the curated document.</li>
 * </ul>
 * The annual report is not a letter: the parser must reject it as NOT_A_LETTER. Its 132
 * curated pieces of evidence are outside what a letter importer drafts, so they are not
 * counted.
 */
class ImporterAccuracyTests {

	private static final Path REPORT = Path.of("target", "importer-accuracy.md");

	private static Map<String, Map<Object, Document>> seed;

	private static List<KnownProgramme> programmes;

	/** The report's sections, by an order key: each test adds its own. */
	private static final Map<String, String> SECTIONS = new TreeMap<>();

	private static synchronized void writeReport() throws IOException {
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, String.join("\n", SECTIONS.values()), StandardCharsets.UTF_8);
	}

	/**
	 * The letters and response papers of the intake corpus (documents the reader was not
	 * written against), each read without hints and compared with its hand-labelled
	 * truth: answers (the ask they answer and where the passage starts), header fields
	 * and figures. See {@link IntakeCorpus} for how each is matched.
	 */
	@Test
	void lettersOfTheIntakeCorpusAreReadToTheirTruth() throws IOException {
		List<IntakeCorpus.Scored> scored = new ArrayList<>();
		for (IntakeCorpus.Document document : IntakeCorpus.documents("letter")) {
			scored.add(IntakeCorpus.score(document, new LetterParser()));
		}
		SECTIONS.put("2 intake letters", IntakeCorpus.table(scored));
		writeReport();
		IntakeCorpus.Scored total = IntakeCorpus.total(scored);
		assertThat(scored).hasSize(5).allSatisfy((d) -> assertThat(d.rejected()).as(d.name()).isNull());
		// Floors at what the reader reaches today (target/importer-accuracy.md): every
		// labelled answer found at its start (10 of 10), no other drafted, 42 of 42
		// header
		// fields, 4 of 4 figures and no other.
		assertThat(total.answers().precision()).as("answer precision").isEqualTo(1.0);
		assertThat(total.answers().recall()).as("answer recall").isEqualTo(1.0);
		assertThat(total.fields().precision()).as("header fields right").isEqualTo(1.0);
		assertThat(total.figures().precision()).as("figure precision").isEqualTo(1.0);
		assertThat(total.figures().recall()).as("figure recall").isEqualTo(1.0);
	}

	@BeforeAll
	static void readSeed() {
		// readSeed() only reads the bundles from the classpath: no store is needed.
		seed = new SeedLoader(null, null, false).readSeed();
		programmes = seed.get("programmes")
			.values()
			.stream()
			.map((p) -> new KnownProgramme(p.getString("_id"), p.getString("name"), p.getList("aliases", String.class)))
			.toList();
	}

	@Test
	void draftsMatchTheCuratedSeed() throws IOException {
		List<Row> rows = new ArrayList<>();
		for (Document document : corpusDocuments()) {
			rows.add(measure(document));
		}
		SECTIONS.put("1 seed", table(rows));
		writeReport();

		Row report = rows.stream().filter((r) -> r.file().startsWith("003")).findFirst().orElseThrow();
		assertThat(report.rejected()).isEqualTo(LetterRejectedException.Reason.NOT_A_LETTER);
		List<Row> letters = rows.stream().filter((r) -> r.rejected() == null).toList();
		assertThat(letters).hasSize(4);
		for (Row letter : letters) {
			assertThat(letter.asks().precision()).as("ask precision, %s", letter.file()).isEqualTo(1.0);
			assertThat(letter.asks().recall()).as("ask recall, %s", letter.file()).isEqualTo(1.0);
			assertThat(letter.responses().precision()).as("response precision, %s", letter.file()).isEqualTo(1.0);
			assertThat(letter.responses().recall()).as("response recall, %s", letter.file()).isEqualTo(1.0);
		}
		Row total = total(letters);
		// Today's numbers, as floors (see target/importer-accuracy.md): 71 of 72 figures
		// each way, 61 of 62
		// programme links right and 61 of 68 found, every letter field right.
		assertThat(total.figures().precision()).as("figure precision").isGreaterThanOrEqualTo(0.98);
		assertThat(total.figures().recall()).as("figure recall").isGreaterThanOrEqualTo(0.98);
		assertThat(total.figuresInPlace().precision()).as("figure precision, in place").isGreaterThanOrEqualTo(0.98);
		assertThat(total.figuresInPlace().recall()).as("figure recall, in place").isGreaterThanOrEqualTo(0.98);
		assertThat(total.programmes().precision()).as("programme link precision").isGreaterThanOrEqualTo(0.98);
		assertThat(total.programmes().recall()).as("programme link recall").isGreaterThanOrEqualTo(0.89);
		assertThat(total.passageF1()).as("passage words F1").isGreaterThanOrEqualTo(0.99);
		assertThat(total.fields().precision()).as("letter fields right").isEqualTo(1.0);
	}

	private List<Document> corpusDocuments() {
		return seed.get("documents")
			.values()
			.stream()
			.filter((d) -> d.getString("corpusFile") != null)
			.sorted((a, b) -> a.getString("corpusFile").compareTo(b.getString("corpusFile")))
			.toList();
	}

	private Row measure(Document document) {
		String id = document.getString("_id");
		String file = document.getString("corpusFile");
		Map<Integer, Document> curatedResponses = curatedResponses(id);
		String reportId = curatedResponses.values()
			.stream()
			.map((r) -> asks().get(r.getString("askId")).getString("reportId"))
			.findFirst()
			.orElse(null);
		LetterDraft draft;
		try {
			draft = new LetterParser().parse(document.getString("text"), new ImportHints(reportId, programmes));
		}
		catch (LetterRejectedException ex) {
			return Row.rejected(file, id, ex.reason(), curatedResponses.size());
		}
		Score asks = Score.ofSets(draft.asks().stream().map(DraftAsk::number).toList(), curatedResponses.keySet());
		Score responses = Score.ofSets(draft.responses().stream().map(DraftResponse::askNumber).toList(),
				curatedResponses.keySet());
		Score figures = figures(draft, id);
		Score figuresInPlace = figuresInPlace(draft, id);
		Score links = Score.zero();
		double passageF1 = 0;
		int passages = 0;
		for (DraftResponse response : draft.responses()) {
			Document curated = curatedResponses.get(response.askNumber());
			List<String> curatedIds = (curated != null) ? curated.getList("programmeIds", String.class) : List.of();
			links = links.plus(Score.ofSets(response.programmeIds(), curatedIds));
			if (curated != null) {
				passageF1 += wordsF1(response.text(), curated.getString("text"));
				passages++;
			}
		}
		for (var entry : curatedResponses.entrySet()) {
			if (draft.responseTo(entry.getKey()).isEmpty()) {
				links = links.plus(Score.ofSets(List.of(), entry.getValue().getList("programmeIds", String.class)));
			}
		}
		return new Row(file, id, null, asks, responses, figures, figuresInPlace, links,
				(passages > 0) ? passageF1 / passages : 1, passages, fields(draft, document));
	}

	/** The letter's curated responses, by the number of the ask each answers. */
	private Map<Integer, Document> curatedResponses(String letterId) {
		Map<Integer, Document> byNumber = new TreeMap<>();
		seed.get("responses").values().stream().filter((r) -> letterId.equals(r.getString("letterId"))).forEach((r) -> {
			Document ask = asks().get(r.getString("askId"));
			byNumber.put(ask.getInteger("number"), r);
		});
		return byNumber;
	}

	private Map<Object, Document> asks() {
		return seed.get("asks");
	}

	/** Value and unit, PEOPLE read as COUNT: "11400000 GBP". */
	private static String figureKey(BigDecimal value, String unit) {
		String folded = "PEOPLE".equals(unit) ? "COUNT" : unit;
		return value.stripTrailingZeros().toPlainString() + " " + folded;
	}

	/**
	 * A curated or drafted figure: value and unit, and the sentence that states it, white
	 * space collapsed.
	 */
	private record Stated(String key, String quote) {

		/**
		 * The same figure from the same place: one quote holds the other (curators
		 * sometimes quote a clause).
		 */
		boolean sameAs(Stated other) {
			return this.key.equals(other.key) && (this.quote.contains(other.quote) || other.quote.contains(this.quote));
		}

	}

	private List<Stated> curatedFigures(String documentId) {
		List<Stated> curated = new ArrayList<>();
		for (Document evidence : seed.get("evidence").values()) {
			Document source = evidence.get("source", Document.class);
			if (source == null || !documentId.equals(source.getString("documentId"))) {
				continue;
			}
			for (Document figure : evidence.getList("figures", Document.class, List.of())) {
				if (figure.get("value") != null) {
					curated.add(new Stated(figureKey(decimal(figure.get("value")), figure.getString("unit")),
							Text.normaliseSpace(source.getString("quote"))));
				}
			}
		}
		return curated;
	}

	/** Figures by value and unit alone, as the issue measures them. */
	private Score figures(LetterDraft draft, String documentId) {
		List<String> curated = curatedFigures(documentId).stream().map(Stated::key).toList();
		List<String> drafted = draft.figures().stream().map((f) -> figureKey(f.value(), f.unit().name())).toList();
		Set<String> curatedKeys = new HashSet<>(curated);
		Set<String> draftedKeys = new HashSet<>(drafted);
		long right = drafted.stream().filter(curatedKeys::contains).count();
		long found = curated.stream().filter(draftedKeys::contains).count();
		return new Score(right, drafted.size() - right, curated.size() - found, drafted.size(), curated.size(), found);
	}

	/**
	 * Stricter: value and unit, and from the sentence (or table row) the curators quote.
	 */
	private Score figuresInPlace(LetterDraft draft, String documentId) {
		List<Stated> curated = curatedFigures(documentId);
		List<Stated> drafted = draft.figures()
			.stream()
			.map((f) -> new Stated(figureKey(f.value(), f.unit().name()), Text.normaliseSpace(f.quote())))
			.toList();
		long right = drafted.stream().filter((d) -> curated.stream().anyMatch(d::sameAs)).count();
		long found = curated.stream().filter((c) -> drafted.stream().anyMatch(c::sameAs)).count();
		return new Score(right, drafted.size() - right, curated.size() - found, drafted.size(), curated.size(), found);
	}

	private static BigDecimal decimal(Object value) {
		if (value instanceof Decimal128 decimal) {
			return decimal.bigDecimalValue();
		}
		return new BigDecimal(value.toString());
	}

	/** The letter's own fields, each right or wrong against the curated document. */
	private Score fields(LetterDraft draft, Document document) {
		Document author = document.get("author", Document.class);
		Document inReplyTo = document.get("inReplyTo", Document.class);
		List<Document> recipients = document.getList("recipients", Document.class, List.of());
		List<Document> cc = document.getList("cc", Document.class, List.of());
		List<Boolean> checks = List.of(
				draft.reference() != null && draft.reference().value().equals(document.getString("reference")),
				draft.date() != null && draft.date().value().toString().equals(document.getString("date")),
				draft.signatory() != null && draft.signatory().name().equals(author.getString("name")),
				draft.signatory() != null && draft.signatory().role() != null
						&& draft.signatory().role().equalsIgnoreCase(author.getString("role")),
				!draft.recipients().isEmpty() && !recipients.isEmpty()
						&& draft.recipients().get(0).name().equals(recipients.get(0).getString("name")),
				draft.cc()
					.stream()
					.map(DraftParty::name)
					.toList()
					.equals(cc.stream().map((c) -> c.getString("name")).toList()),
				draft.inReplyTo() != null && draft.inReplyTo().date().toString().equals(inReplyTo.getString("date")),
				draft.inReplyTo() != null && draft.inReplyTo().how().name().equals(inReplyTo.getString("how")),
				draft.delay().admitted() == Boolean.TRUE.equals(document.getBoolean("acknowledgesDelay")));
		long right = checks.stream().filter((b) -> b).count();
		return new Score(right, checks.size() - right, checks.size() - right, checks.size(), checks.size(), right);
	}

	/**
	 * F1 over the words two passages share, counted with repeats, case and punctuation
	 * aside.
	 */
	static double wordsF1(String drafted, String curated) {
		Map<String, Integer> a = words(drafted);
		Map<String, Integer> b = words(curated);
		int shared = 0;
		for (var entry : a.entrySet()) {
			shared += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
		}
		int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
		int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
		return (sizeA + sizeB == 0) ? 1 : 2.0 * shared / (sizeA + sizeB);
	}

	private static Map<String, Integer> words(String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				counts.merge(word, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static Row total(List<Row> letters) {
		Score asks = Score.zero();
		Score responses = Score.zero();
		Score figures = Score.zero();
		Score figuresInPlace = Score.zero();
		Score links = Score.zero();
		Score fields = Score.zero();
		double passageSum = 0;
		int passages = 0;
		for (Row row : letters) {
			asks = asks.plus(row.asks());
			responses = responses.plus(row.responses());
			figures = figures.plus(row.figures());
			figuresInPlace = figuresInPlace.plus(row.figuresInPlace());
			links = links.plus(row.programmes());
			fields = fields.plus(row.fields());
			passageSum += row.passageF1() * row.passages();
			passages += row.passages();
		}
		return new Row("all four letters", "", null, asks, responses, figures, figuresInPlace, links,
				(passages > 0) ? passageSum / passages : 1, passages, fields);
	}

	private static String table(List<Row> rows) {
		StringBuilder md = new StringBuilder();
		md.append("# Importer accuracy on the seed corpus\n\n");
		md.append(
				"Written by `ImporterAccuracyTests`: each corpus text parsed by `LetterParser` (with the seed's programmes as ")
			.append("known programmes) and compared with the curated seed. P = precision, R = recall; counts are ")
			.append("right/drafted and found/curated.\n\n");
		md.append(
				"| Document | Asks P / R | Responses P / R | Figures P / R | Figures in their sentence P / R | Programme links P / R | Passage words F1 | Letter fields |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
		List<Row> letters = rows.stream().filter((r) -> r.rejected() == null).toList();
		List<Row> all = new ArrayList<>(rows);
		all.add(total(letters));
		for (Row row : all) {
			String name = row.id().isEmpty() ? "**" + row.file() + "**" : "`" + row.file() + "` " + row.id();
			if (row.rejected() != null) {
				md.append("| ")
					.append(name)
					.append(" | rejected as ")
					.append(row.rejected())
					.append(" (curated asks: ")
					.append(row.curatedAsks())
					.append(") | | | | | | |\n");
				continue;
			}
			md.append("| ")
				.append(name)
				.append(" | ")
				.append(row.asks().format())
				.append(" | ")
				.append(row.responses().format())
				.append(" | ")
				.append(row.figures().format())
				.append(" | ")
				.append(row.figuresInPlace().format())
				.append(" | ")
				.append(row.programmes().format())
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.3f", row.passageF1()))
				.append(" | ")
				.append(row.fields().right())
				.append("/")
				.append(row.fields().drafted())
				.append(" |\n");
		}
		md.append("\nFigures: a drafted figure is right when its value and unit are among the figures of the same ")
			.append("document's curated evidence (PEOPLE compared as COUNT); \"in their sentence\" also asks that the ")
			.append("drafted quote and the curated one hold each other. Programme links: per response, the draft's ")
			.append("programmes against the curated response's. Passage words F1: words shared by the drafted and the ")
			.append("curated answer passage. Letter fields: reference, date, signatory, signatory's role, first ")
			.append("addressee, cc, reply date, reply basis, admission of delay.\n");
		return md.toString();
	}

	/** Precision and recall counts: right of drafted, found of curated. */
	record Score(long right, long wrong, long missed, long drafted, long curated, long found) {

		static Score zero() {
			return new Score(0, 0, 0, 0, 0, 0);
		}

		static <T> Score ofSets(Collection<T> drafted, Collection<T> curated) {
			Set<T> d = new LinkedHashSet<>(drafted);
			Set<T> c = new LinkedHashSet<>(curated);
			long right = d.stream().filter(c::contains).count();
			return new Score(right, d.size() - right, c.size() - right, d.size(), c.size(), right);
		}

		Score plus(Score other) {
			return new Score(this.right + other.right, this.wrong + other.wrong, this.missed + other.missed,
					this.drafted + other.drafted, this.curated + other.curated, this.found + other.found);
		}

		double precision() {
			return (this.drafted == 0) ? 1 : (double) this.right / this.drafted;
		}

		double recall() {
			return (this.curated == 0) ? 1 : (double) this.found / this.curated;
		}

		String format() {
			return String.format(Locale.ROOT, "%.2f / %.2f (%d/%d, %d/%d)", precision(), recall(), this.right,
					this.drafted, this.found, this.curated);
		}

	}

	record Row(String file, String id, LetterRejectedException.Reason rejected, Score asks, Score responses,
			Score figures, Score figuresInPlace, Score programmes, double passageF1, int passages, Score fields,
			int curatedAsks) {

		Row(String file, String id, LetterRejectedException.Reason rejected, Score asks, Score responses, Score figures,
				Score figuresInPlace, Score programmes, double passageF1, int passages, Score fields) {
			this(file, id, rejected, asks, responses, figures, figuresInPlace, programmes, passageF1, passages, fields,
					(int) asks.curated());
		}

		static Row rejected(String file, String id, LetterRejectedException.Reason reason, int curatedAsks) {
			return new Row(file, id, reason, Score.zero(), Score.zero(), Score.zero(), Score.zero(), Score.zero(), 0, 0,
					Score.zero(), curatedAsks);
		}

	}

}
