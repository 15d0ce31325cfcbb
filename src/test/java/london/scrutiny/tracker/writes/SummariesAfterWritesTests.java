package london.scrutiny.tracker.writes;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code statusSummary}, and the lines of a Summary List of Actions, are given again
 * from memory until a write is numbered, so what a clerk has just recorded, on this
 * instance or another sharing the store, is always in the next one.
 */
@WriteTest
class SummariesAfterWritesTests extends WriteFixtures {

	private static final String SUMMARY = """
			query($filter: RecommendationFilter, $asOf: Date) { statusSummary(filter: $filter, asOf: $asOf) {
			  total byResponseStatus { status count } byPosition { position count } } }""";

	@Test
	void aReportRecordedThroughTheApiIsInTheNextSummary() {
		JsonNode before = summary(null, "2024-03-15");
		String id = "pcc-summary-" + next();
		data(this.http.as(this.editor, RECORD_REPORT, Map.of("input", report(id))), "recordReport");
		JsonNode after = summary(null, "2024-03-15");
		assertThat(after.path("total").asInt()).isEqualTo(before.path("total").asInt() + 2);
		assertThat(count(after, "byResponseStatus", "status", "AWAITING_RESPONSE"))
			.isEqualTo(count(before, "byResponseStatus", "status", "AWAITING_RESPONSE") + 2);
	}

	@Test
	void anAssessmentRecordedThroughTheApiIsInTheNextSummary() {
		String id = "pcc-summary-" + next();
		data(this.http.as(this.editor, RECORD_REPORT, Map.of("input", report(id))), "recordReport");
		Map<String, Object> filter = Map.of("reportId", List.of(id));
		assertThat(count(summary(filter, "2024-05-01"), "byPosition", "position", "ACCEPTED")).isZero();
		data(this.http.as(this.clerk, RECORD_ASSESSMENT, Map.of("input", assessment(id + "/1", "Accepted."))),
				"recordAssessment");
		JsonNode after = summary(filter, "2024-05-01");
		assertThat(count(after, "byPosition", "position", "ACCEPTED")).isEqualTo(1);
		assertThat(count(after, "byPosition", "position", null)).isEqualTo(1);
		// Before the assessment took effect, nothing had been accepted.
		assertThat(count(summary(filter, "2024-04-19"), "byPosition", "position", "ACCEPTED")).isZero();
	}

	/**
	 * Another instance's write lands its records and then takes the next number of the
	 * shared audit counter: the next summary here counts it. A record stored by hand,
	 * which takes no number, is counted only once the counter moves (or the summary is
	 * older than its maximum age).
	 */
	@Test
	void aWriteNumberedByAnotherInstanceIsInTheNextSummary() {
		JsonNode before = summary(null, "2024-03-15");
		Document copy = this.mongo.findById("pcc-2022-vawg/6", Document.class, "asks");
		copy.put("_id", "pcc-2022-vawg/6-other-instance-" + next());
		copy.put("number", 1000 + next());
		this.mongo.insert(copy, "asks");
		assertThat(summary(null, "2024-03-15").path("total").asInt()).as("not numbered yet")
			.isEqualTo(before.path("total").asInt());
		this.mongo.upsert(new Query(Criteria.where("_id").is("audit")), new Update().inc("seq", 1L), "counters");
		assertThat(summary(null, "2024-03-15").path("total").asInt()).isEqualTo(before.path("total").asInt() + 1);
	}

	@Test
	void aSummaryListCountsAWriteNumberedByAnotherInstance() {
		int before = actions();
		Document copy = this.mongo.findById("pcc-2022-vawg/6", Document.class, "asks");
		copy.put("_id", "pcc-2022-vawg/6-listed-" + next());
		copy.put("number", 2000 + next());
		this.mongo.insert(copy, "asks");
		assertThat(actions()).as("not numbered yet").isEqualTo(before);
		this.mongo.upsert(new Query(Criteria.where("_id").is("audit")), new Update().inc("seq", 1L), "counters");
		assertThat(actions()).isEqualTo(before + 1);
	}

	@Test
	void eachFilterAndDateHasItsOwnSummary() {
		String id = "pcc-summary-" + next();
		data(this.http.as(this.editor, RECORD_REPORT, Map.of("input", report(id))), "recordReport");
		Map<String, Object> filter = Map.of("reportId", List.of(id));
		for (int round = 0; round < 2; round++) {
			assertThat(summary(filter, "2024-02-01").path("total").asInt()).as("before the report").isZero();
			JsonNode awaiting = summary(filter, "2024-03-15");
			assertThat(awaiting.path("total").asInt()).isEqualTo(2);
			assertThat(count(awaiting, "byResponseStatus", "status", "AWAITING_RESPONSE")).isEqualTo(2);
			assertThat(count(summary(filter, "2024-06-15"), "byResponseStatus", "status", "RESPONSE_OVERDUE"))
				.isEqualTo(2);
			assertThat(summary(null, "2024-03-15").path("total").asInt()).isGreaterThan(2);
		}
	}

	private int actions() {
		return data(this.http.query("""
				{ summaryOfActions(committeeId: "org/london-assembly-pcc", asOf: "2022-09-01") {
				  actions { totalCount } } }"""), "summaryOfActions").path("actions").path("totalCount").asInt();
	}

	private JsonNode summary(Map<String, Object> filter, String asOf) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("asOf", asOf);
		if (filter != null) {
			variables.put("filter", filter);
		}
		return data(this.http.query(SUMMARY, variables), "statusSummary");
	}

	private static int count(JsonNode summary, String list, String field, String value) {
		for (JsonNode entry : summary.path(list)) {
			if ((value == null) ? entry.path(field).isNull() : value.equals(entry.path(field).asString())) {
				return entry.path("count").asInt();
			}
		}
		throw new AssertionError("No " + field + " " + value + " in " + summary);
	}

}
