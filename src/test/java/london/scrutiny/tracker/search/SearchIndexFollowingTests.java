package london.scrutiny.tracker.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.writes.WriteFixtures;
import london.scrutiny.tracker.audit.AuditLog;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.store.WriteGate;
import london.scrutiny.tracker.store.Writes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the store: this instance's writes are found as soon as they are
 * acknowledged, and another instance's writes (which raise no event here) arrive by the
 * audit trail.
 */
@WriteTest
class SearchIndexFollowingTests extends WriteFixtures {

	private static final String FIND = """
			query($t: String!, $filter: SearchFilter) { search(text: $t, filter: $filter) { totalCount
			  edges { node { __typename ... on Programme { id name } ... on Response { id recommendation { id } } } } } }""";

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	ChangeLog changes;

	@Autowired
	SearchIndexFollower follower;

	@Test
	void aProgrammeRecordedHere_isFoundAtOnce_andByItsNewNameOnceRenamed() {
		JsonNode recorded = this.http.as(this.editor,
				"""
						mutation($input: RecordProgrammeInput!) { recordProgramme(input: $input) { programme { id version } } }""",
				Map.of("input", Map.of("id", "programme/kestrelwick-pilot", "name", "Kestrelwick outreach pilot",
						"kind", "PROGRAMME", "ownerId", "org/mopac")));
		assertThat(recorded.path("errors").isMissingNode()).as(recorded.toString()).isTrue();
		assertThat(ids(find("kestrelwick"))).containsExactly("programme/kestrelwick-pilot");

		JsonNode renamed = this.http.as(this.editor, """
				mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { id } } }""",
				Map.of("input", Map.of("id", "programme/kestrelwick-pilot", "expectedVersion", 0, "name",
						"Marshwarden outreach pilot")));
		assertThat(renamed.path("errors").isMissingNode()).as(renamed.toString()).isTrue();
		assertThat(find("kestrelwick").path("totalCount").asInt()).isZero();
		assertThat(ids(find("marshwarden outreach"))).containsExactly("programme/kestrelwick-pilot");
	}

	@Test
	void aLettersAnswers_areFoundOnceTheLetterIsStored_underTheAsksReport() {
		String report = "pcc-search-bracken";
		JsonNode asked = this.http.as(this.editor, """
				mutation($input: RecordReportInput!) { recordReport(input: $input) { created } }""",
				Map.of("input",
						Map.of("id", report, "kind", "COMMITTEE_REPORT", "title", "Bracken report", "publishedOn",
								"2024-03-01", "authorId", "org/london-assembly-pcc", "asks",
								List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text",
										"MOPAC must publish the Brackenfold review.", "addresseeIds",
										List.of("org/mopac"))))));
		assertThat(asked.path("errors").isMissingNode()).as(asked.toString()).isTrue();
		JsonNode answered = this.http.as(this.clerk, """
				mutation($input: RecordLetterInput!) { recordLetter(input: $input) { created } }""",
				Map.of("input",
						Map.of("reference", "MOPAC010424-B1", "sentOn", "2024-04-01", "from",
								Map.of("name", "Sophie Linden", "role", "Deputy Mayor for Policing and Crime"), "to",
								List.of(Map.of("name", "Chair of the Police and Crime Committee", "organisationId",
										"org/london-assembly-pcc")),
								"repliesTo", List.of(report), "acknowledgesDelay", false, "responses",
								List.of(Map.of("recommendationId", report + "/1", "text",
										"The Brackenfold review will be published in the summer.")))));
		assertThat(answered.path("errors").isMissingNode()).as(answered.toString()).isTrue();
		JsonNode answers = this.http.query(FIND, Map.of("t", "brackenfold review published", "filter",
				Map.of("kind", List.of("RESPONSE"), "reportId", List.of(report), "from", "2024-04-01")));
		assertThat(answers.path("data").path("search").path("totalCount").asInt()).isEqualTo(1);
		assertThat(answers.findValuesAsString("id")).contains(report + "/1");
	}

	@Test
	void aWriteByAnotherInstance_reachesThisIndexByTheAuditTrail() throws InterruptedException {
		// Another instance's write path on the same store: it audits its write, but its
		// events are its own, so nothing here hears of it.
		Writes elsewhere = new Writes(this.mongo, new AuditLog(this.mongo, this.clock, (event) -> {
		}), this.context.getBean(WriteGate.class), this.clock);
		elsewhere.insertOnce("recordProgramme", "programmes",
				new Document("_id", "programme/thornquist-pilot").append("name", "Thornquist outreach pilot")
					.append("kind", "PROGRAMME")
					.append("ownerId", "org/mopac"));
		long written = this.changes.latest();
		long deadline = System.currentTimeMillis() + 20_000;
		while (this.follower.seen() < written && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.follower.seen()).as("the trail followed past the write").isGreaterThanOrEqualTo(written);
		assertThat(ids(find("thornquist"))).containsExactly("programme/thornquist-pilot");
	}

	private JsonNode find(String text) {
		JsonNode result = this.http.query(FIND, Map.of("t", text));
		assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
		return result.path("data").path("search");
	}

	private static List<String> ids(JsonNode search) {
		return search.findValuesAsString("id");
	}

}
