package london.scrutiny.tracker.writes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost updates: editors on many threads each read a programme, add their alias and
 * write it back with the version they read. Every acknowledged alias must be in the final
 * record, and every write that was not applied must have been told CONFLICT with the
 * version to retry from.
 */
@WriteTest
class ConcurrentEditTests {

	private static final int EDITORS = 12;

	private static final int ATTEMPTS_EACH = 8;

	@LocalServerPort
	int port;

	@Test
	void concurrentEditsOfOneProgrammeLoseNoAcknowledgedChange() throws Exception {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String editor = http.newToken("EDITOR");
		String id = "programme/contended-" + WriteFixtures.next();
		WriteFixtures.data(
				http.as(editor, WriteFixtures.RECORD_PROGRAMME, Map.of("input", WriteFixtures.programme(id))),
				"recordProgramme");

		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		List<String> rejected = Collections.synchronizedList(new ArrayList<>());
		List<String> wronglyRefused = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		List<Future<?>> editors = new ArrayList<>();
		for (int e = 0; e < EDITORS; e++) {
			int editorNumber = e;
			editors.add(pool.submit(() -> {
				start.await();
				for (int attempt = 0; attempt < ATTEMPTS_EACH; attempt++) {
					String alias = "alias-" + editorNumber + "-" + attempt;
					JsonNode current = http
						.query("query($id: ID!) { programme(id: $id) { version aliases } }", Map.of("id", id))
						.path("data")
						.path("programme");
					List<String> aliases = new ArrayList<>(
							current.path("aliases").valueStream().map(JsonNode::asString).toList());
					aliases.add(alias);
					JsonNode response = http.as(editor, WriteFixtures.UPDATE_PROGRAMME, Map.of("input",
							Map.of("id", id, "expectedVersion", current.path("version").asInt(), "aliases", aliases)));
					if (response.path("errors").isMissingNode()) {
						acknowledged.add(alias);
					}
					else if ("CONFLICT".equals(WriteFixtures.classification(response)) && response.path("errors")
						.get(0)
						.path("extensions")
						.path("currentVersion")
						.asInt() > current.path("version").asInt()) {
						rejected.add(alias);
					}
					else {
						wronglyRefused.add(alias + ": " + response.path("errors"));
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> editorRun : editors) {
			editorRun.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();

		JsonNode last = http.query("query($id: ID!) { programme(id: $id) { version aliases } }", Map.of("id", id))
			.path("data")
			.path("programme");
		List<String> stored = last.path("aliases").valueStream().map(JsonNode::asString).toList();
		assertThat(wronglyRefused).isEmpty();
		assertThat(acknowledged.size() + rejected.size()).isEqualTo(EDITORS * ATTEMPTS_EACH);
		assertThat(acknowledged).isNotEmpty();
		assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
		assertThat(stored).doesNotContainAnyElementsOf(rejected);
		assertThat(last.path("version").asInt()).isEqualTo(acknowledged.size());
	}

	@Test
	void theSameReportSentFromManyThreadsAtOnceIsStoredOnce() throws Exception {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String editor = http.newToken("EDITOR");
		String id = "pcc-race-" + WriteFixtures.next();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		List<Future<JsonNode>> sends = new ArrayList<>();
		for (int e = 0; e < EDITORS; e++) {
			sends.add(pool.submit(() -> {
				start.await();
				return http.as(editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(id)));
			}));
		}
		start.countDown();
		int created = 0;
		for (Future<JsonNode> send : sends) {
			JsonNode result = send.get(2, TimeUnit.MINUTES);
			assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
			created += result.path("data").path("recordReport").path("created").asBoolean() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(created).isEqualTo(1);
		JsonNode report = http.query("query($id: ID!) { report(id: $id) { recommendations { id } } }",
				Map.of("id", id));
		assertThat(report.path("data").path("report").path("recommendations").size()).isEqualTo(2);
	}

}
