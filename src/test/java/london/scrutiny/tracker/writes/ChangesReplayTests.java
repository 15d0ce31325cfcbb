package london.scrutiny.tracker.writes;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental sync as a dashboard does it: a copy built only from {@code changes} holds
 * what the tracker holds, and {@code updatedSince} lists exactly what was written since.
 */
@WriteTest
class ChangesReplayTests extends WriteFixtures {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private static final List<String> KINDS = List.of("themes", "organisations", "people", "documents", "asks",
			"responses", "programmes", "evidence", "assessments", "deadlineRevisions");

	private static final String CHANGES = """
			query($after: String) { changes(after: $after, first: 100) {
			  cursor hasMore changes { kind id action operation at record } } }""";

	@Test
	void aCopyBuiltOnlyFromChangesHoldsWhatTheTrackerHolds_andNoChangeComesTwice() {
		Map<String, Map<String, Document>> copy = new TreeMap<>();
		String cursor = applyAll(null, copy, "PRESENT");
		assertThat(copy).isEqualTo(stored());

		String report = "pcc-sync-" + WriteFixtures.next();
		String programme = "programme/sync-" + WriteFixtures.next();
		write(WriteFixtures.RECORD_REPORT, WriteFixtures.report(report), "recordReport");
		write(WriteFixtures.RECORD_LETTER, WriteFixtures.letter("MOPAC" + WriteFixtures.next() + "-S1", report),
				"recordLetter");
		write(WriteFixtures.RECORD_ASSESSMENT, WriteFixtures.assessment(report + "/1", "Accepted in the letter."),
				"recordAssessment");
		write(WriteFixtures.RECORD_PROGRAMME, WriteFixtures.programme(programme), "recordProgramme");
		write(WriteFixtures.UPDATE_PROGRAMME, Map.of("id", programme, "expectedVersion", 0, "status", "Commissioned"),
				"updateProgramme");

		cursor = applyAll(cursor, copy, null);
		assertThat(copy).isEqualTo(stored());
		assertThat(copy.get("programmes").get(programme).getString("status")).isEqualTo("Commissioned");

		JsonNode again = this.http.query(CHANGES, Map.of("after", cursor)).path("data").path("changes");
		assertThat(again.path("changes").size()).as("nothing new, nothing re-read").isZero();
		assertThat(again.path("cursor").asString()).isEqualTo(cursor);
		assertThat(again.path("hasMore").asBoolean()).isFalse();
	}

	@Test
	void theWritePathStampsCreatedAndUpdated_andUpdatedSinceListsOnlyWhatWasWrittenSince() throws Exception {
		String report = "pcc-since-" + WriteFixtures.next();
		String programme = "programme/since-" + WriteFixtures.next();
		write(WriteFixtures.RECORD_PROGRAMME, WriteFixtures.programme(programme), "recordProgramme");
		Document created = this.mongo.findById(programme, Document.class, "programmes");
		assertThat(created.get("createdAt", Date.class)).isNotNull().isEqualTo(created.get("updatedAt", Date.class));
		Thread.sleep(5);
		Instant since = Instant.now();
		Thread.sleep(5);
		write(WriteFixtures.UPDATE_PROGRAMME, Map.of("id", programme, "expectedVersion", 0, "status", "Commissioned"),
				"updateProgramme");
		write(WriteFixtures.RECORD_REPORT, WriteFixtures.report(report), "recordReport");
		String reference = "MOPAC" + WriteFixtures.next() + "-S2";
		write(WriteFixtures.RECORD_LETTER, WriteFixtures.letter(reference, report), "recordLetter");
		Document updated = this.mongo.findById(programme, Document.class, "programmes");
		assertThat(updated.get("createdAt", Date.class)).isEqualTo(created.get("createdAt", Date.class));
		assertThat(updated.get("updatedAt", Date.class)).isAfter(created.get("updatedAt", Date.class));
		assertThat(this.mongo.findById("pcc-2022-vawg", Document.class, "documents").get("createdAt"))
			.as("seed records are stamped at load")
			.isInstanceOf(Date.class);

		Map<String, Object> vars = Map.of("since", since.toString());
		assertThat(ids("query($since: DateTime) { programmes(updatedSince: $since, first: 100) { %s } }", vars,
				"programmes"))
			.containsExactly(programme);
		assertThat(ids("query($since: DateTime) { reports(updatedSince: $since, first: 100) { %s } }", vars, "reports"))
			.containsExactly(report);
		assertThat(ids("query($since: DateTime) { letters(updatedSince: $since, first: 100) { %s } }", vars, "letters"))
			.containsExactly("letter/" + reference);
		assertThat(ids("query($since: DateTime) { recommendations(updatedSince: $since, first: 100) { %s } }", vars,
				"recommendations"))
			.containsExactly(report + "/1", report + "/2");
		assertThat(
				ids("query($since: DateTime) { evidence(updatedSince: $since, first: 100) { %s } }", vars, "evidence"))
			.isEmpty();
	}

	@Test
	void aCursorThatChangesDidNotIssueIsRefusedNamingTheArgument() {
		JsonNode response = this.http.query(CHANGES, Map.of("after", "bm90LWEtY3Vyc29y"));
		assertThat(GraphQlCalls.classifications(response)).containsExactly("BAD_REQUEST");
		assertThat(response.path("errors").get(0).path("message").asString()).contains("'after'");
	}

	private List<String> ids(String query, Map<String, Object> vars, String field) {
		JsonNode data = WriteFixtures
			.data(this.http.query(String.format(query, "totalCount edges { node { id } }"), vars), field);
		assertThat(data.path("totalCount").asInt()).isEqualTo(data.path("edges").size());
		return data.path("edges").valueStream().map((e) -> e.path("node").path("id").asString()).toList();
	}

	private void write(String mutation, Map<String, Object> input, String field) {
		WriteFixtures.data(this.http.as(this.editor, mutation, Map.of("input", input)), field);
	}

	/** Applies every change after the cursor to the copy; returns the last cursor. */
	private String applyAll(String after, Map<String, Map<String, Document>> copy, String onlyAction) {
		String cursor = after;
		boolean more = true;
		while (more) {
			Map<String, Object> vars = new java.util.HashMap<>();
			vars.put("after", cursor);
			JsonNode page = WriteFixtures.data(this.http.query(CHANGES, vars), "changes");
			for (JsonNode change : page.path("changes")) {
				if (onlyAction != null) {
					assertThat(change.path("action").asString()).isEqualTo(onlyAction);
				}
				Document record = Document.parse(change.path("record").asString());
				assertThat(record.get("_id")).isEqualTo(change.path("id").asString());
				copy.computeIfAbsent(change.path("kind").asString(), (k) -> new TreeMap<>())
					.put(change.path("id").asString(), record);
			}
			cursor = page.path("cursor").asString();
			more = page.path("hasMore").asBoolean();
		}
		return cursor;
	}

	/** What the tracker holds, read straight from the store, in the form changes give. */
	private Map<String, Map<String, Document>> stored() {
		Map<String, Map<String, Document>> all = new TreeMap<>();
		for (String kind : KINDS) {
			for (Document record : this.mongo.findAll(Document.class, kind)) {
				all.computeIfAbsent(kind, (k) -> new TreeMap<>())
					.put(String.valueOf(record.get("_id")), Document.parse(record.toJson(RELAXED)));
			}
		}
		return all;
	}

}
