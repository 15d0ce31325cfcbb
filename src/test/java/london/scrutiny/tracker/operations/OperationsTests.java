package london.scrutiny.tracker.operations;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoServer;
import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.store.EmbeddedStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator relies on: public health and info, probes, metrics behind an ADMIN
 * token, and health that follows the store (its disk filling and emptying, the server
 * going away and coming back).
 */
@ApiTest
@DirtiesContext
class OperationsTests {

	static final AtomicLong FREE_BYTES = new AtomicLong(Long.MAX_VALUE);

	@TestConfiguration
	static class ControlledDisk {

		@Bean
		EmbeddedStoreHealth.FreeSpace freeSpace() {
			return (dir) -> FREE_BYTES.get();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedStore store;

	GraphQlCalls http;

	@BeforeEach
	void setUp() {
		this.http = new GraphQlCalls(this.port);
		FREE_BYTES.set(Long.MAX_VALUE);
	}

	@Test
	void healthIsPublicAndCoversMongoDbAndTheEmbeddedStore() {
		HttpResponse<String> health = this.http.get("/actuator/health");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		JsonNode body = json(health);
		assertThat(body.path("status").asString()).isEqualTo("UP");
		assertThat(body.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
		assertThat(body.path("components").path("embeddedStore").path("status").asString()).isEqualTo("UP");
		assertThat(json(this.http.get("/actuator/health/liveness")).path("status").asString()).isEqualTo("UP");
		assertThat(json(this.http.get("/actuator/health/readiness")).path("status").asString()).isEqualTo("UP");
	}

	@Test
	void infoShowsTheBuildAndGitVersion() {
		JsonNode info = json(this.http.get("/actuator/info"));
		assertThat(info.path("build").path("version").asString()).isNotEmpty();
		assertThat(info.path("build").path("artifact").asString()).isEqualTo("accountability-tracker");
		assertThat(info.path("git").path("commit").path("id").asString()).isNotEmpty();
	}

	@Test
	void metricsNeedAnAdminToken() {
		assertThat(this.http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(this.http.getAs(this.http.newToken("EDITOR"), "/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(this.http.getAs(ApiTest.ADMIN_TOKEN, "/actuator/prometheus").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/env").statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusTimesGraphQlRequestsByOperationAndCountsWritesAndRefusals() {
		this.http.query("query OverdueForMeeting { recommendations(first: 1) { totalCount } }");
		this.http.newToken("CLERK");
		String metrics = this.http.getAs(ApiTest.ADMIN_TOKEN, "/actuator/prometheus").body();
		assertThat(metrics).containsPattern(
				"graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"OverdueForMeeting\"[^}]*graphql_outcome=\"SUCCESS\"");
		assertThat(metrics).containsPattern("tracker_writes_total\\{[^}]*operation=\"createToken\"");
	}

	@Test
	void prometheusTimesEachRequestButNotEachField() {
		this.http.query("query PageOfAsks { recommendations(first: 5) { edges { node { id responseStatus "
				+ "report { title } } } } }");
		String metrics = this.http.getAs(ApiTest.ADMIN_TOKEN, "/actuator/prometheus").body();
		assertThat(metrics)
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"PageOfAsks\"");
		// One timer per field resolved would cost a page of a hundred asks thousands of
		// observations, and grow the series with every field of the schema.
		assertThat(metrics).doesNotContain("graphql_datafetcher");
	}

	@Test
	void refusedRequestsAreCountedByLimit() {
		this.http.query("{ recommendations(first: 101) { totalCount } }");
		String metrics = this.http.getAs(ApiTest.ADMIN_TOKEN, "/actuator/prometheus").body();
		assertThat(metrics).containsPattern("tracker_limits_refused_total\\{[^}]*limit=\"maxPageSize\"");
	}

	@Test
	void healthGoesDownWhenTheStoreDiskFillsAndUpWhenSpaceIsBack() {
		FREE_BYTES.set(1024);
		HttpResponse<String> full = this.http.get("/actuator/health");
		assertThat(full.statusCode()).isEqualTo(503);
		assertThat(json(full).path("components").path("embeddedStore").path("status").asString()).isEqualTo("DOWN");
		assertThat(json(this.http.get("/actuator/health/readiness")).path("status").asString()).isEqualTo("UP");
		FREE_BYTES.set(Long.MAX_VALUE);
		assertThat(this.http.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void healthGoesDownWhenTheStoreIsUnreachableAndUpWhenItIsBack() throws Exception {
		MongoServer server = serverOf(this.store);
		int storePort = server.getLocalAddress().getPort();
		// Stop listening and drop the open connections, as a store that went away does;
		// the data stays, as it would on a server that restarts.
		server.stopListening();
		Method closeClients = MongoServer.class.getDeclaredMethod("closeClients");
		closeClients.setAccessible(true);
		closeClients.invoke(server);
		try {
			HttpResponse<String> gone = this.http.get("/actuator/health");
			assertThat(gone.statusCode()).isEqualTo(503);
			assertThat(json(gone).path("components").path("mongo").path("status").asString()).isEqualTo("DOWN");
		}
		finally {
			server.bind("127.0.0.1", storePort);
		}
		assertThat(this.http.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	/**
	 * The wire-protocol server in front of the store: not an API, so reached by
	 * reflection.
	 */
	private static MongoServer serverOf(EmbeddedStore store) throws Exception {
		Field opened = EmbeddedStore.class.getDeclaredField("opened");
		opened.setAccessible(true);
		Object current = opened.get(store);
		Method server = current.getClass().getDeclaredMethod("server");
		server.setAccessible(true);
		return (MongoServer) server.invoke(current);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

}
