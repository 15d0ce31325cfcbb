package london.scrutiny.tracker.limits;

import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node limit is a bound on what is returned, not only an estimate made before the
 * query runs. Here the limit is 200 and a plain list is estimated at one item, so the
 * schema's lists of types and of their fields (hundreds long) pass the estimate and are
 * stopped while they run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.data-dir=target/test-data/${random.uuid}", "tracker.limits.max-nodes=200",
				"tracker.limits.nodes-per-list=1" })
@ExtendWith(OutputCaptureExtension.class)
class ExecutionBudgetTests extends OverHttp {

	private static final String LONG_LISTS = "query LongLists { __schema { types { name fields { name } } } }";

	@Test
	void listsLongerThanEstimatedAreStoppedAtTheNodeLimitWithOneErrorAndNoData() {
		JsonNode response = this.http.query(LONG_LISTS);
		assertThat(response.has("data")).isFalse();
		assertThat(response.path("errors")).hasSize(1);
		JsonNode error = response.path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("extensions").path("limit").asString()).isEqualTo("maxNodes");
		assertThat(error.path("message").asString()).startsWith("This query returned more than 200 nodes (maxNodes)");
	}

	@Test
	void aQueryWithinTheBudgetIsAnsweredInFull() {
		JsonNode response = this.http.query("{ reports(first: 3) { edges { node { id } } } }");
		assertThat(response.path("errors").isMissingNode()).isTrue();
		assertThat(response.path("data").path("reports").path("edges")).hasSize(3);
	}

	@Test
	void aStoppedQueryIsLoggedOnceAtWarnWithoutAStackTrace(CapturedOutput output) {
		int before = stops(output.getAll());
		this.http.query(LONG_LISTS);
		String log = output.getAll();
		assertThat(stops(log)).isEqualTo(before + 1);
		assertThat(log).doesNotContain("\tat ").doesNotContain(" ERROR ");
	}

	private static int stops(String log) {
		return (int) log.lines()
			.filter((l) -> l.contains(" WARN ") && l.contains("was stopped after returning"))
			.count();
	}

}
