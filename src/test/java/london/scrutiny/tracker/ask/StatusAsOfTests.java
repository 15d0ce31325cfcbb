package london.scrutiny.tracker.ask;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.OverHttp;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status as of any date, through the API, on the seed data and on events a clerk would
 * record.
 */
@ApiTest
class StatusAsOfTests extends OverHttp {

	@Autowired
	MongoTemplate mongo;

	@AfterEach
	void removeClerkEvents() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^test/")), "assessments");
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^test/")), "deadlineRevisions");
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^test-")), "documents");
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^test-")), "asks");
	}

	@Test
	void vawgAsks_beforeTheMayorsLetter_areAllUnansweredAndOverdueByThePolicy() {
		for (JsonNode ask : vawg("2022-08-01")) {
			assertThat(ask.path("responseStatus").asString()).isEqualTo("RESPONSE_OVERDUE");
			assertThat(ask.path("daysLate").asInt()).isEqualTo(70);
			assertThat(ask.path("firstAnsweredOn").isNull()).isTrue();
			assertThat(ask.path("responseDue").path("basis").asString()).isEqualTo("POLICY");
			assertThat(ask.path("responseDue").path("countedFrom").asString()).isEqualTo("2022-03-23");
			assertThat(ask.path("position").isNull()).isTrue();
		}
	}

	@Test
	void vawgAsks_afterTheMayorsLetter_areAllAnsweredEightySevenDaysLate() {
		List<JsonNode> asks = vawg("2022-09-01");
		assertThat(asks).hasSize(14);
		for (JsonNode ask : asks) {
			assertThat(ask.path("responseStatus").asString()).isEqualTo("RESPONDED_LATE");
			assertThat(ask.path("daysLate").asInt()).isEqualTo(87);
			assertThat(ask.path("firstAnsweredOn").asString()).isEqualTo("2022-08-18");
			assertThat(ask.path("position").isNull()).isFalse();
		}
	}

	@Test
	void recommendationSix_deadlineOfSeptember2022_isUpcomingThroughTheMonthAndMissedAfterIt() {
		assertDeadline("pcc-2022-vawg/6", "2022-08-31", "UPCOMING", 30);
		assertDeadline("pcc-2022-vawg/6", "2022-09-15", "UPCOMING", 15);
		assertDeadline("pcc-2022-vawg/6", "2022-09-30", "UPCOMING", 0);
		assertDeadline("pcc-2022-vawg/6", "2022-10-01", "MISSED", -1);
	}

	@Test
	void recommendationSeven_claimedInPlaceBeforeItsDeadline_isMetUnlessAClerkRefutesIt() {
		assertDeadline("pcc-2022-vawg/7", "2022-08-01", "UPCOMING", 60);
		assertDeadline("pcc-2022-vawg/7", "2022-09-01", "MET", 29);
		JsonNode claimed = ask("pcc-2022-vawg/7", "2022-10-10");
		assertThat(claimed.path("claimedImplementation").asString()).isEqualTo("IMPLEMENTED");
		assertThat(claimed.path("verifiedImplementation").isNull()).isTrue();
		assertThat(claimed.path("verification").isNull()).isTrue();

		recordAssessment("test/refute-7", "pcc-2022-vawg/7", "NOT_IMPLEMENTED", "REFUTED", "2022-10-05");
		JsonNode checked = ask("pcc-2022-vawg/7", "2022-10-10");
		assertThat(checked.path("claimedImplementation").asString()).isEqualTo("IMPLEMENTED");
		assertThat(checked.path("verifiedImplementation").asString()).isEqualTo("NOT_IMPLEMENTED");
		assertThat(checked.path("verification").asString()).isEqualTo("REFUTED");
		assertThat(checked.path("implementation").asString()).isEqualTo("NOT_IMPLEMENTED");
		assertThat(checked.path("deadlineStatus").asString()).isEqualTo("MISSED");
		assertThat(checked.path("history").findValuesAsString("verification")).containsExactly("CLAIMED", "REFUTED");
		// The past is not rewritten: before the clerk's check the claim stood.
		JsonNode before = ask("pcc-2022-vawg/7", "2022-10-01");
		assertThat(before.path("verification").isNull()).isTrue();
		assertThat(before.path("history").size()).isEqualTo(1);
	}

	@Test
	void aVerifiedImplementationConfirmsTheClaim() {
		recordAssessment("test/verify-10", "pcc-2022-vawg/10", "IMPLEMENTED", "VERIFIED", "2022-11-01");
		JsonNode verified = ask("pcc-2022-vawg/10", "2022-11-02");
		assertThat(verified.path("claimedImplementation").asString())
			.isEqualTo(verified.path("verifiedImplementation").asString());
		assertThat(verified.path("verification").asString()).isEqualTo("VERIFIED");
	}

	@Test
	void aDeadlineRevisionKeepsTheOriginalWhoChangedItWhenAndWhy() {
		this.mongo.insert(new Document("_id", "test/revision-6").append("askId", "pcc-2022-vawg/6")
			.append("previous",
					new Document("date", "2022-09-30").append("precision", "MONTH").append("text", "by September 2022"))
			.append("deadline",
					new Document("date", "2022-12-31").append("precision", "MONTH").append("text", "by December 2022"))
			.append("reason", "MOPAC asked for time to align with the refreshed Police and Crime Plan measures")
			.append("revisedBy", "Committee clerk")
			.append("effectiveOn", "2022-09-20")
			.append("recordedAt", Instant.parse("2022-09-20T10:00:00Z")), "deadlineRevisions");
		JsonNode before = ask("pcc-2022-vawg/6", "2022-09-10");
		assertThat(before.path("deadline").path("date").asString()).isEqualTo("2022-09-30");
		assertThat(before.path("deadlineRevisions").size()).isZero();
		JsonNode after = ask("pcc-2022-vawg/6", "2022-10-15");
		assertThat(after.path("deadline").path("date").asString()).isEqualTo("2022-12-31");
		assertThat(after.path("originalDeadline").path("date").asString()).isEqualTo("2022-09-30");
		assertThat(after.path("deadlineStatus").asString()).isEqualTo("UPCOMING");
		JsonNode revision = after.path("deadlineRevisions").get(0);
		assertThat(revision.path("previous").path("text").asString()).isEqualTo("by September 2022");
		assertThat(revision.path("reason").asString()).startsWith("MOPAC asked for time");
		assertThat(revision.path("revisedBy").asString()).isEqualTo("Committee clerk");
		assertThat(revision.path("effectiveOn").asString()).isEqualTo("2022-09-20");
	}

	@Test
	void theDueDayItselfIsNotLateAndTheDayAfterIs() {
		JsonNode onTheDay = ask("pcc-2023-01-25/1", "2023-04-09");
		assertThat(onTheDay.path("responseDueOn").asString()).isEqualTo("2023-04-09");
		assertThat(onTheDay.path("responseStatus").asString()).isEqualTo("AWAITING_RESPONSE");
		assertThat(onTheDay.path("daysLate").isNull()).isTrue();
		JsonNode dayAfter = ask("pcc-2023-01-25/1", "2023-04-10");
		assertThat(dayAfter.path("responseStatus").asString()).isEqualTo("RESPONSE_OVERDUE");
		assertThat(dayAfter.path("daysLate").asInt()).isEqualTo(1);
	}

	@Test
	void twoMonthsFromTheLastDayOfDecemberEndsOnTheLeapDay() {
		this.mongo.insert(new Document("_id", "test-leap-report").append("kind", "COMMITTEE_REPORT")
			.append("title", "Leap-year fixture")
			.append("date", "2023-12-31")
			.append("author", new Document("organisationId", "org/london-assembly-pcc")), "documents");
		this.mongo.insert(new Document("_id", "test-leap-report/1").append("reportId", "test-leap-report")
			.append("number", 1)
			.append("kind", "RECOMMENDATION")
			.append("text", "Fixture"), "asks");
		assertThat(ask("test-leap-report/1", "2024-02-29").path("responseDueOn").asString()).isEqualTo("2024-02-29");
		assertThat(ask("test-leap-report/1", "2024-02-29").path("responseStatus").asString())
			.isEqualTo("AWAITING_RESPONSE");
		assertThat(ask("test-leap-report/1", "2024-03-01").path("responseStatus").asString())
			.isEqualTo("RESPONSE_OVERDUE");
	}

	@Test
	void theTimelineTellsAnAsksStoryUpToTheDate() {
		String query = "query($asOf: Date) { recommendation(id: \"pcc-2022-vawg/6\", asOf: $asOf) { timeline { date kind upcoming letter { reference } } } }";
		JsonNode autumn = this.http.query(query, Map.of("asOf", "2022-10-01"))
			.path("data")
			.path("recommendation")
			.path("timeline");
		assertThat(autumn.findValuesAsString("kind")).containsExactly("ASKED", "RESPONSE_DUE", "ANSWERED", "ASSESSED",
				"DEADLINE");
		assertThat(autumn.findValuesAsString("date")).containsExactly("2022-03-23", "2022-05-23", "2022-08-18",
				"2022-08-18", "2022-09-30");
		assertThat(autumn.get(2).path("letter").path("reference").asString()).isEqualTo("MGLA230322-7616");
		JsonNode june = this.http.query(query, Map.of("asOf", "2022-06-01"))
			.path("data")
			.path("recommendation")
			.path("timeline");
		assertThat(june.findValuesAsString("kind")).containsExactly("ASKED", "RESPONSE_DUE", "DEADLINE");
		assertThat(june.get(1).path("upcoming").asBoolean()).isFalse();
		assertThat(june.get(2).path("upcoming").asBoolean()).isTrue();
	}

	@Test
	void statusSummary_countsAsOfADate() {
		JsonNode before = summary("2022-08-01");
		assertThat(count(before.path("byResponseStatus"), "status", "RESPONSE_OVERDUE")).isEqualTo(14);
		JsonNode after = summary("2022-10-01");
		assertThat(count(after.path("byResponseStatus"), "status", "RESPONDED_LATE")).isEqualTo(14);
		assertThat(count(after.path("byDeadlineStatus"), "status", "MET")).isEqualTo(1);
		assertThat(count(after.path("byDeadlineStatus"), "status", "MISSED")).isEqualTo(1);
		assertThat(count(after.path("byVerification"), "verification", null)).isEqualTo(14);
	}

	private JsonNode summary(String asOf) {
		JsonNode result = this.http
			.query("""
					query($asOf: Date) { statusSummary(filter: { reportId: ["pcc-2022-vawg"] }, asOf: $asOf) {
					  byResponseStatus { status count } byDeadlineStatus { status count } byVerification { verification count } } }""",
					Map.of("asOf", asOf));
		return result.path("data").path("statusSummary");
	}

	private static int count(JsonNode counts, String key, String value) {
		for (JsonNode c : counts) {
			if ((value == null) ? c.path(key).isNull() : value.equals(c.path(key).asString())) {
				return c.path("count").asInt();
			}
		}
		throw new AssertionError("No count for " + value + " in " + counts);
	}

	private void recordAssessment(String id, String askId, String implementation, String verification,
			String effectiveOn) {
		this.mongo.insert(new Document("_id", id).append("askId", askId)
			.append("kind", "CLERK")
			.append("position", "PARTIALLY_ACCEPTED")
			.append("implementation", implementation)
			.append("verification", verification)
			.append("rationale", "Checked against the evidence")
			.append("assessedBy", "Committee clerk")
			.append("effectiveOn", effectiveOn)
			.append("recordedAt", Instant.parse(effectiveOn + "T12:00:00Z")), "assessments");
	}

	private void assertDeadline(String askId, String asOf, String status, int days) {
		JsonNode ask = ask(askId, asOf);
		assertThat(ask.path("deadline").path("date").asString()).isEqualTo("2022-09-30");
		assertThat(ask.path("deadlineStatus").asString()).as(askId + " as of " + asOf).isEqualTo(status);
		assertThat(ask.path("daysToDeadline").asInt()).as(askId + " as of " + asOf).isEqualTo(days);
	}

	private static final String FIELDS = """
			id responseStatus daysLate firstAnsweredOn responseDueOn responseDue { basis countedFrom }
			position implementation claimedImplementation verifiedImplementation verification
			deadline { date } originalDeadline { date } deadlineStatus daysToDeadline
			deadlineRevisions { previous { text } deadline { date } reason revisedBy effectiveOn }
			history { verification implementation effectiveOn }""";

	private JsonNode ask(String id, String asOf) {
		JsonNode result = this.http.query(
				"query($id: ID!, $asOf: Date) { recommendation(id: $id, asOf: $asOf) { " + FIELDS + " } }",
				Map.of("id", id, "asOf", asOf));
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		return result.path("data").path("recommendation");
	}

	private List<JsonNode> vawg(String asOf) {
		JsonNode result = this.http.query(
				"query($asOf: Date) { recommendations(filter: { reportId: [\"pcc-2022-vawg\"] }, asOf: $asOf) { edges { node { "
						+ FIELDS + " } } } }",
				Map.of("asOf", asOf));
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		return result.path("data")
			.path("recommendations")
			.path("edges")
			.valueStream()
			.map((e) -> e.path("node"))
			.toList();
	}

}
