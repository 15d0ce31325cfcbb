package london.scrutiny.tracker.writes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.audit.AuditLog;
import london.scrutiny.tracker.store.WriteGate;
import london.scrutiny.tracker.store.Writes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code statusSummary}, and the lines of a Summary List of Actions, are given again
 * from memory until a write is numbered, so what a clerk has just recorded, on this
 * instance or another sharing the store, is always in the next one.
 */
@WriteTest
class SummariesAfterWritesTests extends WriteFixtures {

	@Autowired
	AuditLog audit;

	@Autowired
	WriteGate gate;

	@Autowired
	Clock clock;

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
	 * shared audit counter (its events are its own: nothing here hears of it). The next
	 * summary here counts it. A record stored by hand, which takes no number, is counted
	 * only once the counter moves.
	 */
	@Test
	void aWriteNumberedByAnotherInstanceIsInTheNextSummary() {
		JsonNode before = summary(null, "2024-03-15");
		this.mongo.insert(copyOfAnAsk("by-hand"), "asks");
		assertThat(summary(null, "2024-03-15").path("total").asInt()).as("not numbered yet")
			.isEqualTo(before.path("total").asInt());
		anotherInstance().insertOnce("recordReport", "asks", copyOfAnAsk("other-instance"));
		assertThat(summary(null, "2024-03-15").path("total").asInt()).isEqualTo(before.path("total").asInt() + 2);
	}

	@Test
	void aSummaryListCountsAWriteNumberedByAnotherInstance() {
		int before = actions();
		this.mongo.insert(copyOfAnAsk("by-hand"), "asks");
		assertThat(actions()).as("not numbered yet").isEqualTo(before);
		anotherInstance().insertOnce("recordReport", "asks", copyOfAnAsk("other-instance"));
		assertThat(actions()).isEqualTo(before + 2);
	}

	/** What the seed loader or a restore does after storing records without the trail. */
	@Test
	void recordsLoadedOutsideTheTrail_areCountedOnceTheLoadSaysSo() {
		JsonNode before = summary(null, "2024-03-15");
		this.mongo.insert(copyOfAnAsk("loaded"), "asks");
		this.audit.storedOutsideTheTrail();
		assertThat(summary(null, "2024-03-15").path("total").asInt()).isEqualTo(before.path("total").asInt() + 1);
	}

	/**
	 * An ask stored without facts (a load that bypasses the write path) is found by
	 * status filters from its records, once the load says so: the asks the facts cannot
	 * decide are kept until the next write, like the summaries.
	 */
	@Test
	void anAskLoadedWithoutFacts_isFoundByAStatusFilterOnceTheLoadSaysSo() {
		String overdue = """
				{ recommendations(filter: { reportId: ["pcc-2022-vawg"], responseStatus: [RESPONSE_OVERDUE] },
				  asOf: "2024-03-15") { totalCount edges { node { id responseStatus } } } }""";
		int before = data(this.http.query(overdue), "recommendations").path("totalCount").asInt();
		Document copy = copyOfAnAsk("without-facts");
		copy.remove("statusFacts");
		this.mongo.insert(copy, "asks");
		this.audit.storedOutsideTheTrail();
		JsonNode after = data(this.http.query(overdue), "recommendations");
		assertThat(after.path("totalCount").asInt()).isEqualTo(before + 1);
		assertThat(after.findValuesAsString("id")).contains(copy.getString("_id"));
	}

	/**
	 * The copies' facts are those of the ask they copy, not what their own records give:
	 * they are removed, so the shared store stays one whose facts a restart would
	 * confirm.
	 */
	@AfterEach
	void removeTheCopies() {
		this.mongo.remove(new Query(Criteria.where("_id").regex("^pcc-2022-vawg/6-copy-")), "asks");
		this.audit.storedOutsideTheTrail();
	}

	private Document copyOfAnAsk(String how) {
		Document copy = this.mongo.findById("pcc-2022-vawg/6", Document.class, "asks");
		copy.put("_id", "pcc-2022-vawg/6-copy-" + how + "-" + next());
		copy.put("number", 1000 + next());
		return copy;
	}

	/**
	 * Another instance's write path on the same store, whose events this one never hears.
	 */
	private Writes anotherInstance() {
		return new Writes(this.mongo, new AuditLog(this.mongo, this.clock, (event) -> {
		}), this.gate, this.clock);
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
