package london.scrutiny.tracker.limits;

import java.time.Duration;
import java.util.Map;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout, set to one second here so the test is quick. A field aliased
 * {@code slow} takes longer than that to fetch (a test-only instrumentation sleeps on
 * it), which makes a query overrun the deadline deterministically; the test asserts the
 * outcome, never how fast anything ran.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.data-dir=target/test-data/${random.uuid}", "tracker.limits.request-timeout=1s" })
class RequestTimeoutTests {

	private static final Duration SLOW_FETCH = Duration.ofMillis(1200);

	@LocalServerPort
	int port;

	GraphQlCalls http;

	@TestConfiguration
	static class SlowAlias {

		@Bean
		Instrumentation sleepOnFieldsAliasedSlow() {
			return new Instrumentation() {
				@Override
				public FieldFetchingInstrumentationContext beginFieldFetching(
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					if ("slow".equals(parameters.getExecutionStepInfo().getField().getResultKey())) {
						sleep(SLOW_FETCH);
					}
					return FieldFetchingInstrumentationContext.NOOP;
				}
			};
		}

		private static void sleep(Duration duration) {
			try {
				Thread.sleep(duration.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@Test
	void aQueryThatFinishesWithinTheTimeoutReturnsItsData() {
		JsonNode response = this.http.query("{ report(id: \"pcc-2022-vawg\") { title recommendations { number } } }");
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
		assertThat(response.path("data").path("report").path("title").asString()).isNotEmpty();
	}

	@Test
	void aQueryRunningPastTheTimeoutIsStoppedWithOneErrorNamingRequestTimeoutAndNoData() {
		JsonNode response = this.http.query("""
				{ report(id: "pcc-2022-vawg") { title }
				  slow: report(id: "pcc-2022-vawg") { title recommendations { number text responses { text } } } }""");
		assertThat(response.path("data").isMissingNode()).as(response.toString()).isTrue();
		assertThat(GraphQlCalls.classifications(response)).containsExactly("BAD_REQUEST");
		JsonNode error = response.path("errors").get(0);
		assertThat(error.path("extensions").path("limit").asString()).isEqualTo("requestTimeout");
		assertThat(error.path("extensions").path("max").asString()).isEqualTo("PT1S");
		assertThat(error.path("message").asString()).contains("request timeout of 1 second (requestTimeout)",
				"was stopped", "split the query");
	}

	@Test
	void theTimeoutIsPerRequestSoTheNextQueryRunsNormally() {
		this.http.query("{ slow: report(id: \"pcc-2022-vawg\") { title } }");
		JsonNode next = this.http.query("query($n: Int) { recommendations(first: $n) { totalCount } }", Map.of("n", 5));
		assertThat(next.path("errors").isMissingNode()).as(next.path("errors").toString()).isTrue();
		assertThat(next.path("data").path("recommendations").path("totalCount").asInt()).isPositive();
	}

}
