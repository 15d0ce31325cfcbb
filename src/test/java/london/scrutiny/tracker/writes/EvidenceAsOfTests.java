package london.scrutiny.tracker.writes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.WriteTest;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence reached as of a date lists only the asks put by then: a figure from a 2022
 * letter that later also supports a 2024 recommendation does not show that recommendation
 * to someone asking what stood in 2023.
 */
@WriteTest
class EvidenceAsOfTests extends WriteFixtures {

	private static final String ASKS_OF_EVIDENCE = """
			query($asOf: Date) { recommendation(id: "pcc-2022-vawg/6", asOf: $asOf) {
			  evidence { id recommendations { id } } } }""";

	@Test
	void evidenceReachedAsOfADate_listsOnlyTheAsksPutByThen() {
		String report = "evidence-asof-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		String id = "evidence/asof-test-" + WriteFixtures.next();
		Map<String, Object> input = new LinkedHashMap<>(WriteFixtures.evidence(id));
		input.put("recommendationIds", List.of("pcc-2022-vawg/6", report + "/1"));
		JsonNode recorded = this.http.as(this.editor, WriteFixtures.RECORD_EVIDENCE, Map.of("input", input));
		assertThat(recorded.path("errors").isMissingNode()).as(recorded.toString()).isTrue();

		assertThat(asksOf(id, "2023-01-01")).containsExactly("pcc-2022-vawg/6");
		assertThat(asksOf(id, null)).containsExactlyInAnyOrder("pcc-2022-vawg/6", report + "/1");
	}

	private List<String> asksOf(String evidenceId, String asOf) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("asOf", asOf);
		JsonNode answer = this.http.query(ASKS_OF_EVIDENCE, variables);
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		for (JsonNode evidence : answer.at("/data/recommendation/evidence")) {
			if (evidence.path("id").asString().equals(evidenceId)) {
				return evidence.path("recommendations").valueStream().map((a) -> a.path("id").asString()).toList();
			}
		}
		throw new AssertionError("evidence " + evidenceId + " not reached: " + answer);
	}

}
