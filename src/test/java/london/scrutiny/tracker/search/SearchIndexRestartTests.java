package london.scrutiny.tracker.search;

import java.nio.file.Path;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.TrackerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart resumes the search index the last run saved on shutdown, holding what was
 * written then, instead of building it again from the store.
 */
class SearchIndexRestartTests {

	private static final String RECORD_PROGRAMME = """
			mutation($input: RecordProgrammeInput!) { recordProgramme(input: $input) { created } }""";

	private static final String FIND = "{ search(text: \"Quokka\") { totalCount edges { node { __typename } } } }";

	@TempDir
	Path dataDir;

	@Test
	void aRestart_resumesTheIndexSavedOnShutdown_withWhatWasWrittenBefore() {
		try (ConfigurableApplicationContext first = start()) {
			GraphQlCalls http = new GraphQlCalls(port(first));
			JsonNode written = http.as(ApiTest.ADMIN_TOKEN, RECORD_PROGRAMME,
					Map.of("input", Map.of("id", "programme/quokka-restart", "name", "Quokka restart fund", "kind",
							"PROGRAMME", "ownerId", "org/mopac")));
			assertThat(written.path("errors").isMissingNode()).as(written.toString()).isTrue();
			assertThat(http.query(FIND).at("/data/search/totalCount").asInt()).isEqualTo(1);
		}
		try (ConfigurableApplicationContext second = start()) {
			SearchIndex.Committed saved = second.getBean(SearchIndex.class).committed();
			assertThat(saved).as("the index saved on shutdown").isNotNull();
			assertThat(saved.seq()).isPositive();
			GraphQlCalls http = new GraphQlCalls(port(second));
			assertThat(http.query(FIND).at("/data/search/totalCount").asInt()).isEqualTo(1);
			assertThat(second.getBean(SearchIndexFollower.class).resumed()).as("resumed, not built again").isTrue();
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(TrackerApplication.class, "--tracker.data-dir=" + this.dataDir, "--server.port=0",
				"--tracker.alerts.enabled=false", "--tracker.security.admin-token=" + ApiTest.ADMIN_TOKEN);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
