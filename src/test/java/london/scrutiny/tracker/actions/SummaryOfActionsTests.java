package london.scrutiny.tracker.actions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Police and Crime Committee's Summary List of Actions, generated from the seed data
 * as of a date.
 */
@ApiTest
class SummaryOfActionsTests extends OverHttp {

	private static final String PCC = "org/london-assembly-pcc";

	@Test
	void onFirstSeptember2022_listsTheMeetingActionsAndVawgRecommendationsAllCompleted() {
		JsonNode summary = summary("2022-09-01");
		List<String> ids = summary.path("items")
			.valueStream()
			.map((i) -> i.path("recommendation").path("id").asString())
			.toList();
		assertThat(ids).hasSize(19)
			.startsWith("pcc-2021-03-17/1")
			.contains("pcc-2022-vawg/14")
			.noneMatch((id) -> id.startsWith("pcc-2023-01-25"))
			.noneMatch((id) -> id.startsWith("hmicfrs"));
		assertThat(summary.path("completed").asInt()).isEqualTo(19);
		JsonNode first = summary.path("items").get(0);
		assertThat(first.path("correspondenceSent").asString()).isEqualTo("Request sent 2021-04-12");
		assertThat(first.path("correspondenceReceived").findValuesAsString("reference"))
			.containsExactly("MOPAC120421-D3666");
		assertThat(first.path("forActionBy").findValuesAsString("id")).contains("org/mopac");
	}

	@Test
	void statusesFollowTheDueDates() {
		assertThat(statusesOf(summary("2022-05-01"), "pcc-2022-vawg")).containsOnly("IN_PROGRESS").hasSize(14);
		assertThat(statusesOf(summary("2022-06-01"), "pcc-2022-vawg")).containsOnly("OVERDUE");
		assertThat(statusesOf(summary("2023-03-01"), "pcc-2023-01-25")).containsOnly("IN_PROGRESS").hasSize(2);
		assertThat(statusesOf(summary("2023-04-10"), "pcc-2023-01-25")).containsOnly("OVERDUE");
		assertThat(statusesOf(summary("2023-05-04"), "pcc-2023-01-25")).containsOnly("COMPLETED");
		JsonNode overdue = summary("2022-06-01");
		assertThat(overdue.path("overdue").asInt()).isEqualTo(14);
		assertThat(overdue.path("items").get(5).path("daysLate").asInt()).isEqualTo(9);
	}

	@Test
	void anUnknownCommitteeGivesNull() {
		JsonNode result = this.http.query("{ summaryOfActions(committeeId: \"org/none\") { asOf } }");
		assertThat(result.path("data").path("summaryOfActions").isNull()).isTrue();
	}

	@Test
	void theListIsADocumentReadyToTableInMarkdownHtmlAndCsv() {
		HttpResponse<String> csv = this.http
			.get("/summary-of-actions?committee=" + PCC + "&asOf=2022-06-01&format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"pcc-summary-of-actions-2022-06-01.csv\"");
		List<String> rows = csv.body().lines().toList();
		assertThat(rows).hasSize(20);
		assertThat(rows.get(0)).startsWith(
				"\"Meeting or report\",\"Date\",\"Item\",\"Topic\",\"Status\",\"For action by\",\"Response due\"");
		assertThat(rows).filteredOn((r) -> r.contains("\"Overdue\"")).hasSize(14);
		assertThat(csv.body()).contains("\"23 May 2022\"").doesNotContain("2022-05-23");

		HttpResponse<String> html = this.http
			.get("/summary-of-actions?committee=" + PCC + "&asOf=2022-06-01&format=html&item=5");
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(html.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("inline; filename=\"pcc-summary-of-actions-2022-06-01.html\"");
		assertThat(html.body()).contains("<table>")
			.contains("Agenda item 5: Summary List of Actions, for the meeting of 1 June 2022")
			.contains("<h2>Actions from the London Assembly Police and Crime Committee meeting, 17 March 2021</h2>")
			.contains("<h2>Recommendations of the report Violence Against Women and Girls, shared 23 March 2022</h2>")
			.contains("<th scope=\"col\">Item</th><th scope=\"col\">Topic</th><th scope=\"col\">Status</th>"
					+ "<th scope=\"col\">For action by</th>")
			.contains("Overdue. The answer was due by 23 May 2022 (9 days late).")
			.contains("@page{size:A4 portrait")
			.contains("counter(page)")
			.contains("&#39;by and for&#39;")
			.doesNotContain("'by and for'")
			.doesNotContain("2022-06-01</");
		// The report title is a group heading, not repeated on each of its rows.
		assertThat(html.body().split("Violence Against Women and Girls", -1)).hasSizeLessThan(4);

		HttpResponse<String> md = this.http.get("/summary-of-actions?committee=" + PCC + "&asOf=2022-06-01");
		assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(md.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("pcc-summary-of-actions-2022-06-01.md");
		assertThat(md.body())
			.startsWith("# London Assembly Police and Crime Committee: Summary List of Actions as of 1 June 2022")
			.contains("19 actions: 5 completed, 0 in progress, 14 overdue.");
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAsAFormulaAreShownAsText() {
		assertThat(ActionsFormat.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(ActionsFormat.neutralised("+44 20")).isEqualTo("'+44 20");
		assertThat(ActionsFormat.neutralised("-1")).isEqualTo("'-1");
		assertThat(ActionsFormat.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ActionsFormat.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(ActionsFormat.neutralised("MOPAC must report")).isEqualTo("MOPAC must report");
		assertThat(ActionsFormat.neutralised("")).isEmpty();
		String csv = this.http.get("/summary-of-actions?committee=" + PCC + "&asOf=2023-06-01&format=csv").body();
		assertThat(csv.lines()
			.flatMap((row) -> java.util.Arrays.stream(row.split("\",\"")))
			.map((cell) -> cell.replaceFirst("^\"", ""))).noneMatch((cell) -> cell.matches("^[=+\\-@].*"));
	}

	@Test
	void theDocumentEndpointRejectsBadInputClearly() {
		assertThat(this.http.get("/summary-of-actions?committee=org/none").statusCode()).isEqualTo(404);
		HttpResponse<String> format = this.http.get("/summary-of-actions?committee=" + PCC + "&format=pdf");
		assertThat(format.statusCode()).isEqualTo(400);
		assertThat(format.body()).contains("md, html or csv");
		HttpResponse<String> date = this.http.get("/summary-of-actions?committee=" + PCC + "&asOf=2022-02-30");
		assertThat(date.statusCode()).isEqualTo(400);
		assertThat(date.body()).contains("YYYY-MM-DD");
	}

	private JsonNode summary(String asOf) {
		JsonNode result = this.http.query("""
				query($c: ID!, $asOf: Date) { summaryOfActions(committeeId: $c, asOf: $asOf) {
				  asOf completed inProgress overdue document
				  items { recommendation { id responseStatus } status actionRequired askedOn responseDueOn daysLate
				    correspondenceSent correspondenceReceived { reference } forActionBy { id } } } }""",
				Map.of("c", PCC, "asOf", asOf));
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		return result.path("data").path("summaryOfActions");
	}

	private static List<String> statusesOf(JsonNode summary, String reportId) {
		return summary.path("items")
			.valueStream()
			.filter((i) -> i.path("recommendation").path("id").asString().startsWith(reportId + "/"))
			.map((i) -> i.path("status").asString())
			.toList();
	}

}
