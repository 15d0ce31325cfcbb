package london.scrutiny.tracker.ask;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ask's answers are read without their text when a query never asks for it, and with
 * it whenever it does, however the query names it: directly, through a named or an inline
 * fragment, or in one part of a query whose other parts do not.
 */
@ApiTest
class AnswerTextTests extends OverHttp {

	private static final String VAWG_6 = "pcc-2022-vawg/6";

	@Test
	void answerTextAskedForDirectly_isThere() {
		JsonNode answer = this.http.query("{ recommendation(id: \"" + VAWG_6
				+ "\") { responseStatus responses { text commitments { text } letter { reference } } } }");
		assertTextAndCommitments(answer.at("/data/recommendation/responses"));
	}

	@Test
	void answerTextAskedForThroughNamedFragments_isThere() {
		JsonNode answer = this.http.query("""
				{ recommendations(first: 100) { edges { node { id responseStatus ...Answers } } } }
				fragment Answers on Recommendation { responses { ...Words } }
				fragment Words on Response { text commitments { text } }""");
		JsonNode vawg6 = answer.at("/data/recommendations/edges")
			.valueStream()
			.map((e) -> e.path("node"))
			.filter((n) -> n.path("id").asString().equals(VAWG_6))
			.findFirst()
			.orElseThrow(() -> new AssertionError(answer.toString()));
		assertTextAndCommitments(vawg6.path("responses"));
	}

	@Test
	void answerTextAskedForInOnePartOfAQuery_isThereBesideAPartThatDoesNotAsk() {
		JsonNode answer = this.http.query("{ plain: recommendation(id: \"" + VAWG_6
				+ "\") { position responses { letter { reference } } } worded: recommendation(id: \"" + VAWG_6
				+ "\") { responses { ... on Response { text commitments { text } } } } }");
		assertThat(answer.at("/data/plain/responses").size()).isPositive();
		assertTextAndCommitments(answer.at("/data/worded/responses"));
	}

	@Test
	void statusAndLettersOfAnswersReadWithoutText_areTheSameAsWithIt() {
		String fields = "responseStatus daysLate position responses { position letter { reference } }";
		JsonNode without = this.http.query("{ recommendation(id: \"" + VAWG_6 + "\") { " + fields + " } }");
		JsonNode with = this.http
			.query("{ recommendation(id: \"" + VAWG_6 + "\") { " + fields + " responses { text } } }");
		assertThat(without.path("errors").isMissingNode()).as(without.toString()).isTrue();
		for (String field : new String[] { "responseStatus", "daysLate", "position" }) {
			assertThat(without.at("/data/recommendation/" + field)).isEqualTo(with.at("/data/recommendation/" + field));
		}
		assertThat(without.at("/data/recommendation/responses").toString())
			.isEqualTo(with.at("/data/recommendation/responses")
				.toString()
				.replaceAll(",\"text\":\"(\\\\.|[^\"\\\\])*\"", ""));
	}

	private static void assertTextAndCommitments(JsonNode responses) {
		assertThat(responses.size()).as(responses.toString()).isPositive();
		for (JsonNode response : responses) {
			assertThat(response.path("text").asString("")).as(response.toString()).isNotBlank();
		}
		assertThat(responses.valueStream().flatMap((r) -> r.path("commitments").valueStream()))
			.as("commitments of " + responses)
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c.path("text").asString("")).isNotBlank());
	}

}
