package london.scrutiny.tracker.writes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write that is refused stores nothing, and a write's answer says exactly what it
 * stored: every record of a multi-record write is checked (against the rules and against
 * what is stored under its id) before any is stored, and a re-sent record that differs is
 * refused whole.
 */
@WriteTest
class RefusedWritesStoreNothingTests extends WriteFixtures {

	@Test
	void aLetterSentAgainWithADifferentResponseIsRefusedAndPublishesNothing() {
		String report = recordReport();
		String reference = "MOPAC010324-D" + WriteFixtures.next();
		Map<String, Object> letter = new HashMap<>(WriteFixtures.letter(reference, report));
		List<?> both = (List<?>) letter.get("responses");
		letter.put("responses", List.of(both.get(0)));
		WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", letter)),
				"recordLetter");
		Map<String, Long> before = WriteFixtures.counts(this.mongo);

		// The same letter, now also answering the second ask.
		JsonNode added = this.http.as(this.clerk, WriteFixtures.RECORD_LETTER,
				Map.of("input", WriteFixtures.letter(reference, report)));
		assertThat(WriteFixtures.classification(added)).isEqualTo("CONFLICT");
		assertThat(added.path("errors").get(0).path("message").asString()).contains(report + "/1")
			.contains(report + "/2");
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
		assertThat(answersTo(report + "/2")).isZero();
	}

	@Test
	void aLetterSentAgainWithOneNewAndOneConflictingResponseStoresNeither() {
		String report = recordReport();
		String reference = "MOPAC010324-E" + WriteFixtures.next();
		Map<String, Object> letter = new HashMap<>(WriteFixtures.letter(reference, report));
		List<?> both = (List<?>) letter.get("responses");
		letter.put("responses", List.of(both.get(0)));
		WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", letter)),
				"recordLetter");
		Map<String, Long> before = WriteFixtures.counts(this.mongo);

		Map<String, Object> changedFirst = new HashMap<>(castMap(both.get(0)));
		changedFirst.put("text", "We will publish the plan in July 2024 instead.");
		letter.put("responses", List.of(changedFirst, both.get(1)));
		JsonNode response = this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", letter));
		assertThat(WriteFixtures.classification(response)).isEqualTo("CONFLICT");
		assertThat(response.path("data").path("recordLetter").isNull()).isTrue();
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
		assertThat(answersTo(report + "/2")).isZero();
	}

	@Test
	void aReportSentAgainWithANewAskAndAConflictingOneStoresNeither() {
		String report = recordReport();
		Map<String, Long> before = WriteFixtures.counts(this.mongo);
		Map<String, Object> input = new HashMap<>(WriteFixtures.report(report));
		List<Object> asks = new ArrayList<>((List<?>) input.get("asks"));
		Map<String, Object> changed = new HashMap<>(castMap(asks.get(1)));
		changed.put("text", "The Met must report monthly.");
		asks.set(1, changed);
		asks.add(Map.of("number", 3, "kind", "RECOMMENDATION", "text", "A third ask, new.", "addresseeIds",
				List.of("org/mopac")));
		input.put("asks", asks);

		JsonNode response = this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", input));
		assertThat(WriteFixtures.classification(response)).isEqualTo("CONFLICT");
		assertThat(response.path("errors").get(0).path("extensions").path("id").asString()).isEqualTo(report + "/2");
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
		JsonNode third = this.http.query("query($id: ID!) { recommendation(id: $id) { id } }",
				Map.of("id", report + "/3"));
		assertThat(third.path("data").path("recommendation").isNull()).isTrue();
	}

	@Test
	void aDocumentWithTwoMutationsAnswersTheFirstItStoredAndTheErrorOfTheSecond() {
		String stored = "programme/two-in-one-" + WriteFixtures.next();
		String refused = "programme/two-in-one-" + WriteFixtures.next();
		Map<String, Object> bad = new HashMap<>(WriteFixtures.programme(refused));
		bad.put("ownerId", "org/no-such-organisation");
		JsonNode response = this.http.as(this.editor, """
				mutation($a: RecordProgrammeInput!, $b: RecordProgrammeInput!) {
				  first: recordProgramme(input: $a) { created programme { id } }
				  second: recordProgramme(input: $b) { created programme { id } } }""",
				Map.of("a", WriteFixtures.programme(stored), "b", bad));

		assertThat(response.path("data").path("first").path("created").asBoolean()).isTrue();
		assertThat(response.path("data").path("first").path("programme").path("id").asString()).isEqualTo(stored);
		assertThat(response.path("data").path("second").isNull()).isTrue();
		assertThat(GraphQlCalls.classifications(response)).containsExactly("BAD_REQUEST");
		assertThat(response.path("errors").get(0).path("path").get(0).asString()).isEqualTo("second");
		assertThat(this.mongo.findById(stored, org.bson.Document.class, "programmes")).isNotNull();
		assertThat(this.mongo.findById(refused, org.bson.Document.class, "programmes")).isNull();
	}

	private String recordReport() {
		String report = "pcc-refused-" + WriteFixtures.next();
		WriteFixtures.data(
				this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report))),
				"recordReport");
		return report;
	}

	private int answersTo(String askId) {
		return this.http.query("query($id: ID!) { recommendation(id: $id) { responses { id } } }", Map.of("id", askId))
			.path("data")
			.path("recommendation")
			.path("responses")
			.size();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

}
