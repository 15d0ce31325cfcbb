package london.scrutiny.tracker.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts each ask's status depends on are kept on the ask by the write path, so that
 * status filters, which run on them in the database, follow every write at once: a
 * report, a letter that answers it, an assessment.
 */
@WriteTest
class StatusFactsTests extends WriteFixtures {

	private static final String FIND = """
			query($filter: RecommendationFilter, $asOf: Date) { recommendations(filter: $filter, asOf: $asOf) {
			  totalCount edges { node { id responseStatus position } } } }""";

	@Test
	void aReportItsAnswerAndItsAssessment_eachMoveTheAskBetweenStatusFiltersAtOnce() {
		String report = "facts-report-" + WriteFixtures.next();
		String ask = report + "/1";
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		assertThat(
				ids(Map.of("reportId", List.of(report), "responseStatus", List.of("AWAITING_RESPONSE")), "2024-04-01"))
			.containsExactly(ask, report + "/2");
		assertThat(ids(Map.of("reportId", List.of(report), "responseStatus", List.of("RESPONSE_OVERDUE")), null))
			.containsExactly(ask, report + "/2");
		assertThat(facts(ask).getString("responseDueOn")).isEqualTo("2024-05-01");

		this.http.as(this.clerk, WriteFixtures.RECORD_LETTER,
				Map.of("input", WriteFixtures.letter("MOPAC150424-F" + WriteFixtures.next(), report)));
		assertThat(facts(ask).getString("firstAnsweredOn")).isEqualTo("2024-04-15");
		assertThat(ids(Map.of("reportId", List.of(report), "responseStatus", List.of("RESPONDED")), null))
			.as("the letter answers both asks, before they fell due")
			.containsExactly(ask, report + "/2");
		assertThat(ids(Map.of("reportId", List.of(report), "responseStatus", List.of("RESPONDED")), "2024-04-14"))
			.isEmpty();

		this.http.as(this.clerk, WriteFixtures.RECORD_ASSESSMENT,
				Map.of("input", WriteFixtures.assessment(ask, "Accepts; plan in progress")));
		assertThat(facts(ask).getString("position")).isEqualTo("ACCEPTED");
		assertThat(ids(Map.of("reportId", List.of(report), "position", List.of("ACCEPTED")), null))
			.containsExactly(ask);
		assertThat(ids(Map.of("reportId", List.of(report), "position", List.of("ACCEPTED")), "2024-04-19")).isEmpty();
		assertThat(this.mongo
			.count(Query.query(Criteria.where("targetId").is(ask).and("operation").is("deriveStatusFacts")), "audit"))
			.as("each change of the facts is audited")
			.isGreaterThanOrEqualTo(3);
	}

	private Document facts(String askId) {
		return this.mongo.findById(askId, Document.class, "asks").get("statusFacts", Document.class);
	}

	private List<String> ids(Map<String, Object> filter, String asOf) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("filter", filter);
		variables.put("asOf", asOf);
		JsonNode result = this.http.query(FIND, variables);
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		List<String> ids = new ArrayList<>();
		result.path("data")
			.path("recommendations")
			.path("edges")
			.forEach((e) -> ids.add(e.path("node").path("id").asString()));
		assertThat(result.path("data").path("recommendations").path("totalCount").asInt()).isEqualTo(ids.size());
		return ids;
	}

}
