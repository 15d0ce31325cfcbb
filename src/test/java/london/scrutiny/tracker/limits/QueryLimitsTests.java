package london.scrutiny.tracker.limits;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.RequestCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Depth, page size and node count, through HTTP with the default limits: a query within
 * each limit runs, one past it is refused with a BAD_REQUEST error naming the limit,
 * before a single database command.
 */
@ApiTest
class QueryLimitsTests {

	private static final AtomicInteger databaseCommands = new AtomicInteger();

	/**
	 * A page of $n asks, each counted with 3 answers, 3 programmes per answer, 3 letters
	 * each, 3 programmes each.
	 */
	private static final String FAN_OUT = """
			query($n: Int) { recommendations(first: $n) { edges { node { id
			  responses { programmes { letters { programmes { name } } } } } } } }""";

	@LocalServerPort
	int port;

	GraphQlCalls http;

	@TestConfiguration
	static class CountDatabaseCommands {

		@Bean
		MongoClientSettingsBuilderCustomizer commandCounter() {
			return (settings) -> settings.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (RequestCommands.counted(event)) {
						databaseCommands.incrementAndGet();
					}
				}
			});
		}

	}

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@Test
	void introspectionStaysOn() {
		JsonNode response = this.http.query("{ __schema { types { name } } }");
		assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
		assertThat(response.path("data").path("__schema").path("types").findValuesAsString("name"))
			.contains("Recommendation", "Letter", "__Schema");
	}

	@Test
	void graphiqlsFullIntrospectionQueryFitsEveryLimit() {
		JsonNode response = this.http.query(GraphiqlIntrospectionQuery.TEXT);
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
		assertThat(response.path("data").path("__schema").path("types").size()).isGreaterThan(50);
	}

	@Test
	void aQueryFifteenFieldsDeepRuns() {
		JsonNode response = this.http.query(organisationParents(11));
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
		assertThat(response.path("data").path("report").path("author").isObject()).isTrue();
	}

	@Test
	void aQuerySixteenFieldsDeepIsRefusedNamingMaxDepth() {
		JsonNode error = refused(organisationParents(12), Map.of(), "maxDepth", 15);
		assertThat(error.path("extensions").path("depth").asInt()).isEqualTo(16);
		assertThat(error.path("message").asString()).contains("16 deep", "limit of 15 (maxDepth)", "by id");
	}

	@Test
	void aDeepIntrospectionQueryIsRefusedLikeAnyOther() {
		String query = "{ __schema { types { " + "ofType { ".repeat(14) + "name" + " }".repeat(14) + " } } }";
		refused(query, Map.of(), "maxDepth", 15);
	}

	@Test
	void aPageOfAHundredRunsAndAPageOverAHundredIsRefusedNamingMaxPageSize() {
		JsonNode hundred = this.http.query("{ recommendations(first: 100) { totalCount } }");
		assertThat(hundred.path("errors").isMissingNode()).as(hundred.path("errors").toString()).isTrue();

		JsonNode error = refused("{ recommendations(first: 101) { totalCount } }", Map.of(), "maxPageSize", 100);
		assertThat(error.path("message").asString()).contains("'first: 101' on 'recommendations'", "'after'");
		assertThat(error.path("extensions").path("argument").asString()).isEqualTo("first");
		assertThat(error.path("locations").get(0).path("column").asInt()).isEqualTo(3);
	}

	@Test
	void aPageOverAHundredGivenByAVariableIsRefusedToo() {
		JsonNode error = refused("query($n: Int) { search(text: \"MOPAC\", first: $n) { totalCount } }",
				Map.of("n", 500), "maxPageSize", 100);
		assertThat(error.path("extensions").path("requested").asInt()).isEqualTo(500);
		assertThat(error.path("extensions").path("field").asString()).isEqualTo("search");
	}

	@Test
	void aQueryOfSevenThousandEightHundredAndTenNodesRuns() {
		// 10 asks + 50 answers + 250 programmes + 1,250 letters + 6,250 programmes.
		JsonNode response = this.http.query(FAN_OUT, Map.of("n", 10));
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
		assertThat(response.path("data").path("recommendations").path("edges").size()).isPositive();
	}

	@Test
	void theSameQueryWithPagesOfTwentyCountsFifteenThousandSixHundredAndTwentyNodesAndIsRefusedNamingMaxNodes() {
		JsonNode error = refused(FAN_OUT, Map.of("n", 20), "maxNodes", 10_000);
		assertThat(error.path("extensions").path("nodes").asLong()).isEqualTo(15_620);
		assertThat(error.path("message").asString()).contains("up to 15,620 nodes", "limit of 10,000 (maxNodes)",
				"smaller pages with 'first'");
	}

	@Test
	void aQueryOfExactlyTenThousandNodesRunsAndOneMoreConnectionIsRefused() {
		JsonNode atLimit = this.http.query(tenThousandNodes(""));
		assertThat(atLimit.path("errors").isMissingNode()).as(atLimit.path("errors").toString()).isTrue();
		assertThat(atLimit.path("data").path("p3").path("totalCount").asInt()).isPositive();

		JsonNode error = refused(tenThousandNodes(" p4: people(first: 100) { totalCount }"), Map.of(), "maxNodes",
				10_000);
		assertThat(error.path("extensions").path("nodes").asLong()).isEqualTo(10_100);
	}

	@Test
	void everyExampleOperationAndTheReadmesQueriesFitTheNodeLimit() {
		// The examples themselves run in ExplorerTests; here, the largest page a README
		// example might be asked
		// with, all fields selected, still fits.
		JsonNode response = this.http.query("""
				{ recommendations(first: 100) { totalCount edges { node { id text report { title } addressees { name }
				  responses { letter { reference } programmes { name } evidence { statement } } } } } }""");
		assertThat(response.path("errors").isMissingNode()).as(response.path("errors").toString()).isTrue();
	}

	/**
	 * Asserts the query is refused with one error and no data, classified BAD_REQUEST and
	 * naming {@code limit} and {@code max}, without a database command; returns the
	 * error.
	 */
	private JsonNode refused(String query, Map<String, Object> variables, String limit, long max) {
		databaseCommands.set(0);
		JsonNode response = this.http.query(query, variables);
		assertThat(databaseCommands.get()).as("database commands run for a refused query").isZero();
		assertThat(response.path("data").isMissingNode()).as(response.toString()).isTrue();
		assertThat(GraphQlCalls.classifications(response)).containsExactly("BAD_REQUEST");
		JsonNode error = response.path("errors").get(0);
		assertThat(error.path("extensions").path("limit").asString()).isEqualTo(limit);
		assertThat(error.path("extensions").path("max").asLong()).isEqualTo(max);
		assertThat(error.toString()).doesNotContain("Exception").doesNotContain("\tat ");
		return error;
	}

	/**
	 * report, author, organisation, {@code parents} times parent, then name:
	 * {@code parents + 4} fields deep.
	 */
	private static String organisationParents(int parents) {
		return "{ report(id: \"pcc-2022-vawg\") { author { organisation { " + "parent { ".repeat(parents) + "name"
				+ " }".repeat(parents) + " } } } }";
	}

	/**
	 * 100 asks, each with 19 lists of addressees estimated at 5 (9,600), and 4 pages of
	 * 100 people (400): 10,000 nodes in few reads of the store; {@code more} adds to it.
	 */
	private static String tenThousandNodes(String more) {
		StringBuilder query = new StringBuilder("{ r: recommendations(first: 100) { edges { node {");
		for (int i = 0; i < 19; i++) {
			query.append(" a").append(i).append(": addressees { id }");
		}
		query.append(" } } }");
		for (int i = 0; i < 4; i++) {
			query.append(" p").append(i).append(": people(first: 100) { totalCount }");
		}
		return query.append(more).append(" }").toString();
	}

}
