package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.writes.WriteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk pastes a letter's text, reviews the draft, corrects it and confirms it, all
 * through GraphQL: drafting stores nothing, confirming goes through the normal write
 * path, and confirming twice changes nothing.
 */
@WriteTest
class DraftAndConfirmTests extends WriteFixtures {

	private static final String DRAFT = """
			mutation($text: String!, $report: ID) { draftLetter(input: { text: $text, reportId: $report }) {
			  reference { value asWritten confidence { score reason } } sentOn { value }
			  signatory { name role } recipients { name role } inReplyTo { date how }
			  delay { admitted quote } asks { number recommendationId text confidence { score } }
			  responses { askNumber recommendationId text programmeIds confidence { score } }
			  figures { value unit qualifier asWritten quote askNumber period { from to text } }
			  programmes { programme { id } matched } unplaced { quote reason } } }""";

	private static final String CONFIRM = """
			mutation($input: ConfirmLetterDraftInput!) { confirmLetterDraft(input: $input) { created
			  letter { reference sentOn acknowledgesDelay responses { recommendation { id responseStatus } programmes { id } } }
			  evidence { id figures { value unit } source { quote document { id } } recommendations { id } } } }""";

	String report;

	String letterText;

	@BeforeEach
	void aReportAwaitingItsAnswer() {
		int n = 1000 + (int) (System.nanoTime() % 8000);
		this.report = "pcc-import-" + n;
		Map<String, Object> report = Map.of("id", this.report, "kind", "COMMITTEE_REPORT", "title", "Import fixture",
				"publishedOn", "2024-02-01", "authorId", "org/london-assembly-pcc", "asks",
				List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text",
						"MOPAC must publish its plan by June 2024.", "addresseeIds", List.of("org/mopac")),
						Map.of("number", 2, "kind", "RECOMMENDATION", "text", "The Met must report quarterly.",
								"addresseeIds", List.of("org/mps"))));
		this.http.as(this.editor, "mutation($input: RecordReportInput!) { recordReport(input: $input) { created } }",
				Map.of("input", report));
		this.letterText = """
				**MAYOR OF LONDON**

				Chair of the Police and Crime Committee
				City Hall

				**Our ref:** MGLA010224-%d**Date:** 20 May 2024

				Dear Chair,

				Thank you for sending the Committee's report. I am sorry for the delay in responding.

				### **Recommendation 1**

				**MOPAC must publish its plan by June 2024.**

				MOPAC will publish the plan in June 2024. The Drive programme received £1.2m in 2023-24 to support this work.

				### **Recommendation 2**

				**The Met must report quarterly.**

				The Met reports to MOPAC every quarter, and 95%% of its reports arrived on time.

				Yours sincerely,

				**Sadiq Khan**

				Mayor of London
				"""
			.formatted(n);
	}

	@Test
	void aDraftReadsTheLetterAndStoresNothing() {
		Map<String, Long> before = counts();
		JsonNode draft = draft(this.clerk);
		assertThat(draft.path("reference").path("value").asString()).startsWith("MGLA010224-");
		assertThat(draft.path("sentOn").path("value").asString()).isEqualTo("2024-05-20");
		assertThat(draft.path("signatory").path("name").asString()).isEqualTo("Sadiq Khan");
		assertThat(draft.path("delay").path("admitted").asBoolean()).isTrue();
		assertThat(draft.path("inReplyTo").path("date").asString()).isEqualTo("2024-02-01");
		assertThat(draft.path("inReplyTo").path("how").asString()).isEqualTo("DERIVED_FROM_REFERENCE");
		assertThat(draft.path("asks").findValuesAsString("recommendationId")).containsExactly(this.report + "/1",
				this.report + "/2");
		assertThat(draft.path("responses").size()).isEqualTo(2);
		assertThat(draft.path("responses").get(0).path("programmeIds").valueStream().map(JsonNode::asString).toList())
			.contains("programme/drive");
		assertThat(draft.path("figures").findValuesAsString("asWritten")).contains("£1.2m", "95%");
		assertThat(draft.path("reference").path("confidence").path("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aConfirmationWhoseFigureQuoteIsNotInTheTextIsRefusedAndStoresNoLetter() {
		JsonNode draft = draft(this.clerk);
		Map<String, Object> letter = letterFrom(draft);
		List<Map<String, Object>> figures = figuresFrom(draft);
		figures.get(figures.size() - 1).put("quote", "A sentence the letter never says, with £9.9m in it.");
		Map<String, Long> before = counts();

		JsonNode refused = this.http.as(this.editor, CONFIRM,
				Map.of("input", Map.of("letter", letter, "figures", figures)));
		assertThat(GraphQlCalls.classifications(refused)).containsExactly("BAD_REQUEST");
		assertThat(refused.path("errors").get(0).path("extensions").path("fields").findValuesAsString("")).isNotNull();
		assertThat(refused.path("errors").get(0).path("extensions").path("argument").asString())
			.isEqualTo("input.figures[" + (figures.size() - 1) + "].quote");
		assertThat(counts()).isEqualTo(before);
		JsonNode asks = this.http.query("query($id: ID!) { recommendation(id: $id) { responses { id } } }",
				Map.of("id", this.report + "/1"));
		assertThat(asks.path("data").path("recommendation").path("responses").size()).isZero();
	}

	@Test
	void aCorrectedDraftIsConfirmedThroughTheWritePathOnce() {
		JsonNode draft = draft(this.clerk);
		Map<String, Object> letter = letterFrom(draft);
		List<Map<String, Object>> figures = figuresFrom(draft);
		// The clerk's correction: the reader gives sentence figures no metric, the clerk
		// names it.
		figures.get(0).put("statement", "£1.2m for the Drive programme in 2023-24");

		Map<String, Long> before = counts();
		JsonNode forbidden = this.http.as(this.clerk, CONFIRM,
				Map.of("input", Map.of("letter", letter, "figures", figures)));
		assertThat(GraphQlCalls.classifications(forbidden)).containsExactly("FORBIDDEN");
		assertThat(counts()).isEqualTo(before);

		JsonNode confirmed = this.http.as(this.editor, CONFIRM,
				Map.of("input", Map.of("letter", letter, "figures", figures)));
		assertThat(confirmed.path("errors").isMissingNode()).as(confirmed.path("errors").toString()).isTrue();
		JsonNode payload = confirmed.path("data").path("confirmLetterDraft");
		assertThat(payload.path("created").asBoolean()).isTrue();
		assertThat(payload.path("letter").path("acknowledgesDelay").asBoolean()).isTrue();
		assertThat(payload.path("letter").path("responses").findValuesAsString("responseStatus"))
			.containsOnly("RESPONDED_LATE");
		assertThat(payload.path("evidence").size()).isEqualTo(figures.size());
		assertThat(payload.path("evidence").get(0).path("source").path("quote").asString()).contains("£1.2m");
		assertThat(payload.path("evidence").get(0).path("recommendations").findValuesAsString("id"))
			.containsExactly(this.report + "/1");

		Map<String, Long> after = counts();
		JsonNode again = this.http.as(this.editor, CONFIRM,
				Map.of("input", Map.of("letter", letter, "figures", figures)));
		assertThat(again.path("data").path("confirmLetterDraft").path("created").asBoolean()).isFalse();
		assertThat(counts()).isEqualTo(after);
	}

	@Test
	void aClerkConfirmsALetterWithoutFigures() {
		JsonNode draft = draft(this.clerk);
		JsonNode confirmed = this.http.as(this.clerk, CONFIRM, Map.of("input", Map.of("letter", letterFrom(draft))));
		assertThat(confirmed.path("data").path("confirmLetterDraft").path("created").asBoolean()).isTrue();
	}

	@Test
	void badTextGetsAClassifiedReasonAndStoresNothing() {
		Map<String, Long> before = counts();
		assertRejected("   ", "EMPTY");
		// A NUL is refused for every text argument before the reader sees it.
		assertRejected("abc\u0000def\u0000ghi", "NUL_CHARACTER");
		assertRejected("Shopping list: eggs, milk, bread.", "NOT_A_LETTER");
		assertRejected(this.letterText + "x".repeat(LetterParser.MAX_CHARACTERS), "OVERSIZED");
		JsonNode anonymous = this.http.as(null, DRAFT, Map.of("text", this.letterText));
		assertThat(GraphQlCalls.classifications(anonymous)).containsExactly("UNAUTHORIZED");
		assertThat(counts()).isEqualTo(before);
	}

	private void assertRejected(String text, String reason) {
		JsonNode response = this.http.as(this.clerk, DRAFT, Map.of("text", text));
		assertThat(GraphQlCalls.classifications(response)).as(reason).containsExactly("BAD_REQUEST");
		assertThat(response.path("errors").get(0).path("extensions").path("reason").asString()).isEqualTo(reason);
	}

	private JsonNode draft(String token) {
		JsonNode response = this.http.as(token, DRAFT, Map.of("text", this.letterText, "report", this.report));
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
		return response.path("data").path("draftLetter");
	}

	/** What a client builds from a draft to confirm it. */
	private Map<String, Object> letterFrom(JsonNode draft) {
		List<Map<String, Object>> responses = new ArrayList<>();
		for (JsonNode response : draft.path("responses")) {
			responses.add(Map.of("recommendationId", response.path("recommendationId").asString(), "text",
					response.path("text").asString(), "programmeIds",
					response.path("programmeIds").valueStream().map(JsonNode::asString).toList()));
		}
		Map<String, Object> letter = new HashMap<>();
		letter.put("reference", draft.path("reference").path("asWritten").asString());
		letter.put("sentOn", draft.path("sentOn").path("value").asString());
		letter.put("from", Map.of("name", draft.path("signatory").path("name").asString(), "role",
				draft.path("signatory").path("role").asString("")));
		letter.put("to", List.of(Map.of("name", "Chair of the Police and Crime Committee", "organisationId",
				"org/london-assembly-pcc")));
		letter.put("repliesTo", List.of(this.report));
		letter.put("acknowledgesDelay", draft.path("delay").path("admitted").asBoolean());
		letter.put("delayQuote", draft.path("delay").path("quote").asString());
		letter.put("text", this.letterText);
		letter.put("responses", responses);
		return letter;
	}

	private List<Map<String, Object>> figuresFrom(JsonNode draft) {
		List<Map<String, Object>> figures = new ArrayList<>();
		for (JsonNode figure : draft.path("figures")) {
			Map<String, Object> input = new HashMap<>();
			input.put("statement", figure.path("asWritten").asString());
			input.put("figure",
					Map.of("metric", figure.path("asWritten").asString(), "value", figure.path("value").asString(),
							"unit", figure.path("unit").asString(), "qualifier",
							figure.path("qualifier").asString("EXACT")));
			input.put("quote", figure.path("quote").asString());
			if (!figure.path("askNumber").isNull()) {
				input.put("recommendationId", this.report + "/" + figure.path("askNumber").asInt());
			}
			figures.add(input);
		}
		return figures;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.mongo.getCollectionNames().forEach((c) -> counts.put(c, this.mongo.getCollection(c).countDocuments()));
		return counts;
	}

}
