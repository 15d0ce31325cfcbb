package london.scrutiny.tracker.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static london.scrutiny.tracker.corpus.CuratedSeed.collapseWhitespace;
import static london.scrutiny.tracker.corpus.CuratedSeed.documents;
import static london.scrutiny.tracker.corpus.CuratedSeed.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated seed says what the corpus says: its quotes are verbatim, its links resolve,
 * each letter answers the asks it replies to, and its figures are exact. Plain JUnit over
 * the merged seed.
 */
class SeedFidelityTests {

	/** Which collection each kind of id field points into. */
	private static final Map<String, String> REFERENCE_TARGETS = Map.ofEntries(Map.entry("reportId", "documents"),
			Map.entry("letterId", "documents"), Map.entry("documentId", "documents"),
			Map.entry("documentIds", "documents"), Map.entry("askId", "asks"), Map.entry("askIds", "asks"),
			Map.entry("responseId", "responses"), Map.entry("programmeIds", "programmes"),
			Map.entry("evidenceIds", "evidence"), Map.entry("contrastIds", "evidence"), Map.entry("personId", "people"),
			Map.entry("organisationId", "organisations"), Map.entry("addresseeIds", "organisations"),
			Map.entry("ownerId", "organisations"), Map.entry("funderId", "organisations"),
			Map.entry("parentId", "organisations"), Map.entry("themes", "themes"));

	private static final int QUOTE_START = 60;

	private final CuratedSeed seed = CuratedSeed.get();

	@Test
	void everyQuoteIsVerbatimFromItsDocumentsTextWhitespaceAside() {
		List<SeedWalk.SourceQuote> quotes = SeedWalk.everySourceQuote(this.seed);
		List<String> offending = new ArrayList<>();
		for (SeedWalk.SourceQuote source : quotes) {
			String text = this.seed.text(source.documentId());
			if (source.quote() == null || text == null
					|| !collapseWhitespace(text).contains(collapseWhitespace(source.quote()))) {
				offending.add(source.where() + " (" + source.documentId() + "): " + start(source.quote()));
			}
		}
		assertThat(quotes).as("source quotes found in the seed").hasSizeGreaterThan(500);
		assertThat(offending).as("quotes that are not verbatim in their document's corpus text").isEmpty();
	}

	@Test
	void everyIdReferenceResolvesToAStoredRecord() {
		List<String> dangling = new ArrayList<>();
		List<String> unmapped = new ArrayList<>();
		Set<String> checked = new HashSet<>();
		SeedWalk.everyField(this.seed, (found) -> {
			if (found.field() == null || found.field().equals("_id")) {
				return;
			}
			String target = REFERENCE_TARGETS.get(found.field());
			if (target == null) {
				if (found.field().endsWith("Id") || found.field().endsWith("Ids")) {
					unmapped.add(found.where());
				}
				return;
			}
			checked.add(found.collection() + "." + found.path().replaceAll("\\[\\d+]", "[]"));
			for (Object id : idsIn(found.value())) {
				if (!this.seed.contains(target, id)) {
					dangling.add(found.where() + " -> " + target + " " + id);
				}
			}
		});
		assertThat(checked).as("reference fields checked")
			.contains("asks.reportId", "asks.addresseeIds", "responses.askId", "responses.letterId",
					"responses.programmeIds", "responses.evidenceIds", "evidence.programmeIds", "evidence.askIds",
					"evidence.contrastIds", "programmes.ownerId", "programmes.funding[].funderId", "assessments.askId",
					"assessments.responseId", "documents.inReplyTo.documentIds", "people.roles[].organisationId");
		assertThat(unmapped).as("id fields this test does not know the target of").isEmpty();
		assertThat(dangling).as("references to records the seed does not hold").isEmpty();
	}

	@Test
	void everyResponseIsWrittenInALetterAndEveryAskIsMadeByAReportOrMeeting() {
		assertThat(this.seed.records("responses")).allSatisfy(
				(r) -> assertThat(documentKind(r.getString("letterId"))).as(r.getString("_id")).isEqualTo("LETTER"));
		assertThat(this.seed.records("asks")).allSatisfy(
				(a) -> assertThat(documentKind(a.getString("reportId"))).as(a.getString("_id")).isNotEqualTo("LETTER"));
	}

	@Test
	void contrastingEvidenceIsLinkedBothWays() {
		List<String> oneWay = new ArrayList<>();
		for (Document evidence : this.seed.records("evidence")) {
			for (String other : strings(evidence, "contrastIds")) {
				Document contrast = this.seed.record("evidence", other);
				if (contrast == null || !strings(contrast, "contrastIds").contains(evidence.getString("_id"))) {
					oneWay.add(evidence.getString("_id") + " -> " + other);
				}
			}
		}
		assertThat(oneWay).as("contrasts not linked back").isEmpty();
	}

	@ParameterizedTest(name = "{0} answers all {2} asks of {1}")
	@CsvSource({ "letter/MGLA230322-7616, pcc-2022-vawg, 14, RECOMMENDATION",
			"letter/MOPAC120421-D3666, pcc-2021-03-17, 5, ACTION",
			"letter/MOPAC090223-C4495, pcc-2023-01-25, 2, ACTION",
			"letter/MOPAC301121-D3912, hmicfrs-2021-safe-to-share, 8, RECOMMENDATION" })
	void eachLetterAnswersEveryAskOfTheDocumentItRepliesTo(String letterId, String reportId, int count, String kind) {
		Set<String> answered = this.seed.records("responses")
			.stream()
			.filter((r) -> letterId.equals(r.getString("letterId")))
			.map((r) -> r.getString("askId"))
			.collect(Collectors.toSet());
		List<Document> asks = asksOf(reportId);

		assertThat(answered).containsExactlyInAnyOrderElementsOf(asks.stream().map((a) -> a.getString("_id")).toList());
		assertThat(asks).extracting((a) -> a.getInteger("number"))
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
		assertThat(asks).extracting((a) -> a.getString("kind")).containsOnly(kind);
		assertThat(strings(this.seed.record("documents", letterId).get("inReplyTo", Document.class), "documentIds"))
			.contains(reportId);
	}

	@Test
	void hmicfrsRecommendationsKeepANullTextBecauseTheCorpusLacksIt() {
		assertThat(this.seed.text("hmicfrs-2021-safe-to-share")).isNull();
		assertThat(asksOf("hmicfrs-2021-safe-to-share")).hasSize(8).allSatisfy((ask) -> {
			assertThat(ask.containsKey("text")).as("%s states its text field", ask.get("_id")).isTrue();
			assertThat(ask.get("text")).as("%s text", ask.get("_id")).isNull();
			assertThat(ask.getString("addresseeText")).as("%s addressees as the letter words them", ask.get("_id"))
				.isNotBlank();
		});
	}

	@Test
	void everyAskHasExactlyOneResponse() {
		Map<String, Long> responsesPerAsk = this.seed.records("responses")
			.stream()
			.collect(Collectors.groupingBy((r) -> r.getString("askId"), Collectors.counting()));
		assertThat(this.seed.records("asks")).hasSize(29)
			.allSatisfy(
					(ask) -> assertThat(responsesPerAsk.get(ask.getString("_id"))).as("responses to %s", ask.get("_id"))
						.isEqualTo(1L));
	}

	@Test
	void everyResponseHasOneInitialCurationAssessmentWithARationaleAndSchemaValues() {
		Set<String> positions = SchemaEnums.valuesOf("Position");
		Set<String> implementations = SchemaEnums.valuesOf("Implementation");
		Map<String, List<Document>> byResponse = this.seed.records("assessments")
			.stream()
			.filter((a) -> "INITIAL_CURATION".equals(a.getString("kind")))
			.collect(Collectors.groupingBy((a) -> a.getString("responseId")));
		assertThat(this.seed.records("responses")).allSatisfy((response) -> {
			String id = response.getString("_id");
			assertThat(byResponse.get(id)).as("initial curation of %s", id).hasSize(1);
			Document assessment = byResponse.get(id).get(0);
			assertThat(assessment.getString("askId")).as("ask of %s", id).isEqualTo(response.getString("askId"));
			assertThat(assessment.getString("rationale")).as("rationale of %s", id).isNotBlank();
			assertThat(assessment.getString("position")).as("position of %s", id).isIn(positions);
			assertThat(assessment.getString("implementation")).as("implementation of %s", id).isIn(implementations);
		});
	}

	@Test
	void everyProgrammeAnAnswerNamesIsQuotedFromThatAnswersLetter() {
		List<String> unsourced = new ArrayList<>();
		for (Document response : this.seed.records("responses")) {
			String letterId = response.getString("letterId");
			for (String programmeId : strings(response, "programmeIds")) {
				boolean quoted = documents(this.seed.record("programmes", programmeId), "sources").stream()
					.anyMatch((source) -> letterId.equals(source.getString("documentId")));
				if (!quoted) {
					unsourced.add(response.getString("_id") + " names " + programmeId);
				}
			}
		}
		assertThat(unsourced).as("programmes named by an answer without a source in its letter").isEmpty();
	}

	@Test
	void everyFigureHasAnExactValueAMetricAndAUnitFromTheSchema() {
		Set<String> units = SchemaEnums.valuesOf("Unit");
		Set<String> qualifiers = SchemaEnums.valuesOf("Qualifier");
		List<Document> figures = figures();
		assertThat(figures).as("figures in the seed").hasSizeGreaterThan(250);
		assertThat(figures).allSatisfy((figure) -> {
			assertThat(figure.get("value")).as("value of %s", figure).isInstanceOf(Decimal128.class);
			assertThat(figure.getString("unit")).as("unit of %s", figure).isIn(units);
			assertThat(figure.getString("metric")).as("metric of %s", figure).isNotBlank();
			assertThat(figure.getString("qualifier")).as("qualifier of %s", figure).isIn(nullOr(qualifiers));
		});
	}

	@Test
	void moneyIsWholePoundsOrExactPence() {
		List<Object> amounts = new ArrayList<>();
		figures().stream().filter((f) -> "GBP".equals(f.getString("unit"))).forEach((f) -> amounts.add(f.get("value")));
		this.seed.records("programmes")
			.forEach((p) -> documents(p, "funding").stream()
				.map((line) -> line.get("amount"))
				.filter(Objects::nonNull)
				.forEach(amounts::add));
		assertThat(amounts).isNotEmpty().allSatisfy((amount) -> {
			assertThat(amount).isInstanceOf(Decimal128.class);
			BigDecimal pounds = ((Decimal128) amount).bigDecimalValue();
			assertThat(pounds.signum()).as("sign of %s", pounds).isNotNegative();
			assertThat(pounds.stripTrailingZeros().scale()).as("decimal places of %s", pounds).isLessThanOrEqualTo(2);
		});
	}

	@Test
	void noBinaryFloatingPointNumberGotIntoTheSeed() {
		List<String> floats = new ArrayList<>();
		SeedWalk.everyField(this.seed, (found) -> {
			if (found.value() instanceof Double || found.value() instanceof Float) {
				floats.add(found.where() + " = " + found.value());
			}
		});
		assertThat(floats).as("JSON floats (money and figures must be $numberDecimal)").isEmpty();
	}

	private List<Document> figures() {
		return this.seed.records("evidence").stream().flatMap((e) -> documents(e, "figures").stream()).toList();
	}

	private List<Document> asksOf(String reportId) {
		return this.seed.records("asks").stream().filter((a) -> reportId.equals(a.getString("reportId"))).toList();
	}

	private String documentKind(String documentId) {
		Document document = this.seed.record("documents", documentId);
		return (document != null) ? document.getString("kind") : null;
	}

	private static List<?> idsIn(Object value) {
		if (value instanceof List<?> list) {
			return list;
		}
		return (value != null) ? List.of(value) : List.of();
	}

	private static Set<String> nullOr(Set<String> values) {
		Set<String> allowed = new HashSet<>(values);
		allowed.add(null);
		return allowed;
	}

	private static String start(String quote) {
		if (quote == null) {
			return "<no quote>";
		}
		String collapsed = collapseWhitespace(quote);
		return (collapsed.length() <= QUOTE_START) ? collapsed : collapsed.substring(0, QUOTE_START) + "…";
	}

}
