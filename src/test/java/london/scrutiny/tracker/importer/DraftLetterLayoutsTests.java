package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code draftLetter} over HTTP on layouts beyond the seed letters: answers under
 * headings of the letter's own, tied to the stored asks by wording; the report found from
 * the date the letter replies to; a response memorandum and written answers to questions;
 * and an unknown report refused.
 */
@WriteTest
class DraftLetterLayoutsTests {

	private static final String DRAFT = """
			mutation($text: String!, $report: ID) { draftLetter(input: { text: $text, reportId: $report }) {
			  sentOn { value precision } signatory { name role } reportId
			  responses { askNumber askReference recommendationId text confidence { reason } }
			  unanswered { number recommendationId text } unplaced { quote } } }""";

	@LocalServerPort
	int port;

	GraphQlCalls http;

	String clerk;

	String report;

	String published;

	@BeforeEach
	void aReportWithThreeAsks() {
		this.http = new GraphQlCalls(this.port);
		this.clerk = this.http.newToken("CLERK");
		String editor = this.http.newToken("EDITOR");
		long n = System.nanoTime();
		this.report = "pcc-layouts-" + (n % 100_000);
		// A day no other test's report is published on, so the letter's reply date finds
		// only this one.
		this.published = java.time.LocalDate.of(2001, 1, 1).plusDays(n % 3000).toString();
		Map<String, Object> report = Map.of("id", this.report, "kind", "COMMITTEE_REPORT", "title", "Layouts fixture",
				"publishedOn", this.published, "authorId", "org/london-assembly-pcc", "asks",
				List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text",
						"MOPAC must improve the way violence against women and girls data is gathered and analysed.",
						"addresseeIds", List.of("org/mopac")),
						Map.of("number", 2, "kind", "RECOMMENDATION", "text",
								"The Met must commission research into the barriers that stop victims reporting.",
								"addresseeIds", List.of("org/mps")),
						Map.of("number", 3, "kind", "RECOMMENDATION", "text",
								"The Mayor must commit long-term funding for specialist support services.",
								"addresseeIds", List.of("org/mopac"))));
		JsonNode recorded = this.http.as(editor,
				"mutation($input: RecordReportInput!) { recordReport(input: $input) { created } }",
				Map.of("input", report));
		assertThat(recorded.path("errors").isMissingNode()).as(recorded.toString()).isTrue();
	}

	private String letter() {
		java.time.LocalDate day = java.time.LocalDate.parse(this.published);
		String replied = day.getDayOfMonth() + " "
				+ day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
				+ day.getYear();
		return """
				Chair of the Police and Crime Committee
				City Hall

				%s

				Dear Chair,

				Thank you for your letter of %s enclosing the Committee's report.

				**Specialist support services**

				We are committing funding to specialist services over three years.

				**Reporting barriers**

				The Met has commissioned research on why victims do not report, due in the spring.

				Yours sincerely,

				Jane Roe
				Deputy Mayor for Policing and Crime
				"""
			.formatted(day.plusMonths(2).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
					+ " " + day.plusMonths(2).getYear(), replied);
	}

	@Test
	void answersUnderTheLettersOwnHeadingsAreTiedToTheStoredAsksByWordingAndTheRestListedUnanswered() {
		JsonNode draft = draft(letter(), this.report);
		assertThat(draft.path("responses").findValuesAsString("recommendationId")).containsExactly(this.report + "/3",
				this.report + "/2");
		assertThat(draft.path("responses").get(0).path("text").asString()).startsWith("We are committing funding");
		assertThat(draft.path("responses").get(0).path("confidence").path("reason").asString()).contains("wording");
		assertThat(draft.path("unanswered").findValuesAsString("recommendationId")).containsExactly(this.report + "/1");
		assertThat(draft.path("sentOn").path("precision").asString()).isEqualTo("MONTH");
	}

	@Test
	void withoutAReportIdTheReportIsFoundFromTheDateTheLetterRepliesTo() {
		JsonNode draft = draft(letter(), null);
		assertThat(draft.path("reportId").asString()).isEqualTo(this.report);
		assertThat(draft.path("responses").findValuesAsString("recommendationId")).containsExactly(this.report + "/3",
				this.report + "/2");
	}

	@Test
	void anUnknownReportIsRefusedWithAClassifiedErrorNamingTheArgument() {
		JsonNode response = this.http.as(this.clerk, DRAFT, Map.of("text", letter(), "report", "no-such-report"));
		assertThat(GraphQlCalls.classifications(response)).containsExactly("NOT_FOUND");
		assertThat(response.path("errors").get(0).path("message").asString()).contains("no-such-report");
		assertThat(response.path("data").path("draftLetter").isMissingNode()
				|| response.path("data").path("draftLetter").isNull())
			.isTrue();
	}

	@Test
	void aResponseMemorandumIsDraftedLikeALetterWithEachLabelledAnswerUnderItsNumber() throws IOException {
		JsonNode draft = draft(corpus("07-mps-midland-recommendations-response-2021"), null);
		assertThat(draft.path("responses").findValuesAsString("askNumber")).containsExactly("1", "5", "7");
		assertThat(draft.path("responses").get(1).path("text").asString())
			.startsWith("This is addressed by the new mandatory training");
		assertThat(draft.path("sentOn").path("value").asString()).isEqualTo("2021-04-01");
		assertThat(draft.path("sentOn").path("precision").asString()).isEqualTo("MONTH");
	}

	@Test
	void writtenAnswersToQuestionsAreDraftedByTheQuestionsPrintedReferences() throws IOException {
		JsonNode draft = draft(corpus("06-gla-mqt-written-answers-2016-05"), null);
		assertThat(draft.path("responses").findValuesAsString("askReference")).containsExactly("2016/1327", "2016/1328",
				"2016/1329", "2016/1330");
		assertThat(draft.path("responses").get(0).path("text").asString()).startsWith("Londoners deserve a bus fleet");
		assertThat(draft.path("signatory").path("role").asString()).isEqualTo("The Mayor");
	}

	private JsonNode draft(String text, String report) {
		Map<String, Object> variables = (report != null) ? Map.of("text", text, "report", report)
				: Map.of("text", text);
		JsonNode response = this.http.as(this.clerk, DRAFT, variables);
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
		return response.path("data").path("draftLetter");
	}

	private static String corpus(String name) throws IOException {
		return new ClassPathResource("intake-corpus/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
	}

}
