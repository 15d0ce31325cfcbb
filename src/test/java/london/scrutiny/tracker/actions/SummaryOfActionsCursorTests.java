package london.scrutiny.tracker.actions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cursor of the Summary List of Actions names its action, not a place number: asks
 * recorded meanwhile, even ones that sort before it, do not move where the next page
 * starts.
 */
@WriteTest
class SummaryOfActionsCursorTests {

	@LocalServerPort
	int port;

	@Test
	void theNextPageIsUnchangedWhenOlderAsksAreRecordedBeforeTheCursor() {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String cursor = page(http, null).path("pageInfo").path("endCursor").asString();
		JsonNode next = page(http, cursor);
		JsonNode recorded = http.as(http.newToken("EDITOR"), """
				mutation($input: RecordReportInput!) { recordReport(input: $input) { created asksCreated } }""",
				Map.of("input",
						Map.of("id", "pcc-2020-older-asks", "kind", "COMMITTEE_REPORT", "title",
								"An older report recorded late", "publishedOn", "2020-06-01", "authorId",
								SummaryOfActionsPagingTests.PCC, "asks",
								List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text", "Older ask one.",
										"addresseeIds", List.of("org/mopac")),
										Map.of("number", 2, "kind", "RECOMMENDATION", "text", "Older ask two.",
												"addresseeIds", List.of("org/mopac"))))));
		assertThat(recorded.path("data").path("recordReport").path("asksCreated").asInt()).as(recorded.toString())
			.isEqualTo(2);
		JsonNode again = page(http, cursor);
		assertThat(again.path("totalCount").asInt()).isEqualTo(next.path("totalCount").asInt() + 2);
		assertThat(again.path("edges")).isEqualTo(next.path("edges"));
		assertThat(page(http, null).path("edges").get(0).path("node").path("recommendation").path("id").asString())
			.isEqualTo("pcc-2020-older-asks/1");
	}

	private static JsonNode page(GraphQlCalls http, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("c", SummaryOfActionsPagingTests.PCC);
		variables.put("after", after);
		JsonNode result = http.query("""
				query($c: ID!, $after: String) { summaryOfActions(committeeId: $c, asOf: "2022-09-01") {
				  actions(first: 4, after: $after) { totalCount pageInfo { endCursor }
				    edges { cursor node { recommendation { id } status } } } } }""", variables);
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		return result.path("data").path("summaryOfActions").path("actions");
	}

}
