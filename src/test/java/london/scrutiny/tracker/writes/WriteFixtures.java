package london.scrutiny.tracker.writes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a {@link london.scrutiny.tracker.WriteTest} starts from: the store, a GraphQL
 * client on the test's port ({@link OverHttp}), a CLERK's and an EDITOR's token made
 * before each test; and valid inputs for every mutation, unique per call, and a snapshot
 * of what the store holds.
 */
public abstract class WriteFixtures extends OverHttp {

	private static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	protected MongoTemplate mongo;

	protected String clerk;

	protected String editor;

	@BeforeEach
	void tokens() {
		this.clerk = this.http.newToken("CLERK");
		this.editor = this.http.newToken("EDITOR");
	}

	static int next() {
		return sequence.incrementAndGet();
	}

	static final String RECORD_REPORT = """
			mutation($input: RecordReportInput!) { recordReport(input: $input) { created asksCreated
			  report { id version recommendations { id number } } } }""";

	static Map<String, Object> report(String id) {
		return Map.of("id", id, "kind", "COMMITTEE_REPORT", "title", "Fixture report " + id, "publishedOn",
				"2024-03-01", "authorId", "org/london-assembly-pcc", "asks",
				List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text",
						"MOPAC must publish its plan by June 2024.", "addresseeIds", List.of("org/mopac"), "deadline",
						Map.of("date", "2024-06-30", "precision", "MONTH", "text", "by June 2024")),
						Map.of("number", 2, "kind", "RECOMMENDATION", "text", "The Met must report quarterly.",
								"addresseeIds", List.of("org/mps"))));
	}

	static final String RECORD_LETTER = """
			mutation($input: RecordLetterInput!) { recordLetter(input: $input) { created
			  letter { id reference referenceAsWritten sentOn inReplyTo { date how } responses { id recommendation { id } } } } }""";

	static Map<String, Object> letter(String reference, String reportId) {
		return Map.of("reference", reference, "sentOn", "2024-04-15", "from",
				Map.of("name", "Sophie Linden", "role", "Deputy Mayor for Policing and Crime", "personId",
						"person/sophie-linden"),
				"to",
				List.of(Map.of("name", "Chair of the Police and Crime Committee", "organisationId",
						"org/london-assembly-pcc")),
				"repliesTo", List.of(reportId), "acknowledgesDelay", false, "responses", List.of(
						Map.of("recommendationId", reportId + "/1", "text", "We will publish the plan in May 2024.",
								"commitments",
								List.of(Map.of("text", "Publish the plan", "due",
										Map.of("date", "2024-05-31", "precision", "MONTH", "text", "in May 2024"))),
								"programmeIds", List.of("programme/drive")),
						Map.of("recommendationId", reportId + "/2", "text",
								"The Met reports to MOPAC every quarter.")));
	}

	static final String RECORD_ASSESSMENT = """
			mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { created
			  assessment { id assessedBy verification } recommendation { id position implementation verification } } }""";

	static Map<String, Object> assessment(String askId, String rationale) {
		return Map.of("recommendationId", askId, "position", "ACCEPTED", "implementation", "IN_PROGRESS",
				"verification", "CLAIMED", "rationale", rationale, "effectiveOn", "2024-04-20");
	}

	static final String RECORD_PROGRAMME = """
			mutation($input: RecordProgrammeInput!) { recordProgramme(input: $input) { created programme { id name version aliases } } }""";

	static Map<String, Object> programme(String id) {
		return Map.of("id", id, "name", "Fixture programme " + id, "kind", "PROGRAMME", "ownerId", "org/mopac");
	}

	static final String UPDATE_PROGRAMME = """
			mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { id version aliases status } } }""";

	static final String RECORD_EVIDENCE = """
			mutation($input: RecordEvidenceInput!) { recordEvidence(input: $input) { created evidence { id version figures { value unit } } } }""";

	static Map<String, Object> evidence(String id) {
		return Map.of("id", id, "statement", "£11.4m awarded on the framework", "figures",
				List.of(Map.of("metric", "Awarded on the framework", "value", "11400000", "unit", "GBP")), "source",
				Map.of("documentId", "letter/MGLA230322-7616", "quote",
						"In total, £11.4m has been awarded so far to providers on the framework"));
	}

	/** How many records each collection holds. */
	static Map<String, Long> counts(MongoTemplate mongo) {
		Map<String, Long> counts = new TreeMap<>();
		mongo.getCollectionNames().forEach((n) -> counts.put(n, mongo.getCollection(n).countDocuments()));
		return counts;
	}

	static JsonNode data(JsonNode response, String field) {
		if (!response.path("errors").isMissingNode()) {
			throw new AssertionError("Expected data but got errors: " + response.path("errors"));
		}
		return response.path("data").path(field);
	}

	static String classification(JsonNode response) {
		return GraphQlCalls.classifications(response).stream().findFirst().orElse("none");
	}

}
