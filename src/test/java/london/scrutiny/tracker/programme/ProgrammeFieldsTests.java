package london.scrutiny.tracker.programme;

import java.util.List;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes reached from asks, answers, letters and evidence are read without their
 * quoted sources and aliases when a query never asks for them, and with them whenever it
 * does, however the query names them: each path gives what the programme's own lookup
 * gives.
 */
@ApiTest
class ProgrammeFieldsTests extends OverHttp {

	private static final String PLAN = "programme/action-plan-transparency-accountability-trust";

	private static final String FIELDS = "id name aliases sources { quote locator document { id } }";

	@Test
	void sourcesAndAliases_areThereOnEveryPathThatAsks() {
		JsonNode own = ok(this.http.query("{ programme(id: \"" + PLAN + "\") { " + FIELDS + " } }"))
			.at("/data/programme");
		assertThat(own.path("sources").size()).isPositive();
		assertThat(own.path("aliases").size()).isPositive();
		JsonNode answer = ok(this.http.query("{ recommendation(id: \"pcc-2022-vawg/3\") { programmes { " + FIELDS
				+ " } responses { programmes { " + FIELDS + " } letter { programmes { " + FIELDS + " } } } } }"));
		JsonNode ask = answer.at("/data/recommendation");
		for (JsonNode programmes : List.of(ask.path("programmes"), ask.at("/responses/0/programmes"),
				ask.at("/responses/0/letter/programmes"))) {
			assertThat(find(programmes, PLAN)).as(programmes.toString()).isEqualTo(own);
		}
	}

	@Test
	void sourcesAskedForThroughAFragment_areThere() {
		JsonNode own = ok(this.http.query("{ programme(id: \"" + PLAN + "\") { " + FIELDS + " } }"))
			.at("/data/programme");
		JsonNode answer = ok(this.http.query("""
				{ recommendation(id: "pcc-2022-vawg/3") { programmes { ...Full } } }
				fragment Full on Programme { id name aliases sources { quote locator document { id } } }"""));
		assertThat(find(answer.at("/data/recommendation/programmes"), PLAN)).isEqualTo(own);
	}

	@Test
	void evidenceProgrammesWithTheirSources_areTheProgrammesOwn() {
		JsonNode page = ok(this.http.query("{ evidence(first: 100) { edges { node { programmes { " + FIELDS
				+ " } programme { " + FIELDS + " } } } } }"))
			.at("/data/evidence/edges");
		int compared = 0;
		for (JsonNode edge : page) {
			for (JsonNode programme : edge.at("/node/programmes")) {
				JsonNode own = ok(this.http
					.query("{ programme(id: \"" + programme.path("id").asString() + "\") { " + FIELDS + " } }"))
					.at("/data/programme");
				assertThat(programme).isEqualTo(own);
				compared++;
			}
			if (!edge.at("/node/programme").isNull()) {
				assertThat(edge.at("/node/programme")).isEqualTo(edge.at("/node/programmes/0"));
			}
		}
		assertThat(compared).isPositive();
	}

	@Test
	void namesReadWithoutSources_areTheSameAsWithThem() {
		JsonNode without = ok(this.http.query("{ recommendation(id: \"pcc-2022-vawg/3\") { programmes { id name } } }"))
			.at("/data/recommendation/programmes");
		JsonNode with = ok(
				this.http.query("{ recommendation(id: \"pcc-2022-vawg/3\") { programmes { " + FIELDS + " } } }"))
			.at("/data/recommendation/programmes");
		assertThat(without.size()).isPositive().isEqualTo(with.size());
		for (int i = 0; i < without.size(); i++) {
			assertThat(without.get(i).path("id")).isEqualTo(with.get(i).path("id"));
			assertThat(without.get(i).path("name")).isEqualTo(with.get(i).path("name"));
		}
	}

	private static JsonNode find(JsonNode programmes, String id) {
		return programmes.valueStream()
			.filter((p) -> p.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(id + " not in " + programmes));
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		return answer;
	}

}
