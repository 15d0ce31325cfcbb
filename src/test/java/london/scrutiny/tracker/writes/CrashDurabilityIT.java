package london.scrutiny.tracker.writes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives a hard kill. The packaged application runs as its own
 * process on a temporary data directory; writes go through the API; the process is killed
 * with SIGKILL straight after the last acknowledgement, restarted on the same directory,
 * and every acknowledged write is read back.
 */
class CrashDurabilityIT {

	private static final String ADMIN = "crash-test-admin-token-0123456789";

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopEverything() {
		this.started.forEach(Process::destroyForcibly);
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKillMinusNine() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-crash-");
		int port = freePort();
		Process first = start(dataDir, port, "first");
		GraphQlCalls http = new GraphQlCalls(port);

		List<String> programmes = new ArrayList<>();
		List<String> rationales = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String id = "programme/crash-" + i;
			JsonNode programme = http.as(ADMIN, WriteFixtures.RECORD_PROGRAMME,
					Map.of("input", WriteFixtures.programme(id)));
			if (programme.path("errors").isMissingNode()) {
				programmes.add(id);
			}
			String rationale = "Acknowledged before the crash " + i;
			JsonNode assessment = http.as(ADMIN, WriteFixtures.RECORD_ASSESSMENT,
					Map.of("input", WriteFixtures.assessment("pcc-2022-vawg/" + (1 + i % 14), rationale)));
			if (assessment.path("errors").isMissingNode()) {
				rationales.add(rationale);
			}
		}
		assertThat(programmes).hasSize(25);
		assertThat(rationales).hasSize(25);
		first.toHandle().destroyForcibly();
		assertThat(first.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
			.isTrue();
		assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		start(dataDir, port, "second");
		for (String id : programmes) {
			JsonNode stored = http.query("query($id: ID!) { programme(id: $id) { id } }", Map.of("id", id));
			assertThat(stored.path("data").path("programme").path("id").asString()).as(id).isEqualTo(id);
		}
		JsonNode history = http
			.query("""
					{ recommendations(filter: { reportId: ["pcc-2022-vawg"] }) { edges { node { history { rationale } } } } }""");
		List<String> recorded = history.findValuesAsString("rationale");
		assertThat(recorded).containsAll(rationales);
	}

	/**
	 * Reports of many asks each, and letters of several responses, written by four
	 * clients at once and the process killed in the middle of them: after the restart
	 * every report is there with all its asks or not at all, every letter with all its
	 * responses or not at all, and every acknowledged one is there.
	 */
	@Test
	void aKillMinusNineDuringMultiRecordWritesLeavesEachWholeOrAbsent() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-crash-whole-");
		int port = freePort();
		Process first = start(dataDir, port, "whole-first");
		GraphQlCalls http = new GraphQlCalls(port);
		List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
		for (int c = 0; c < 4; c++) {
			int client = c;
			clients.submit(() -> {
				for (int i = 0; !killed.get(); i++) {
					String id = "pcc-crash-" + client + "-" + i;
					try {
						JsonNode report = http.as(ADMIN, WriteFixtures.RECORD_REPORT,
								Map.of("input", reportOf(id, ASKS)));
						if (report.path("errors").isMissingNode()) {
							acknowledged.add(id);
						}
						http.as(ADMIN, WriteFixtures.RECORD_LETTER,
								Map.of("input", WriteFixtures.letter("MOPAC010324-K" + client + "X" + i, id)));
					}
					catch (RuntimeException connectionLost) {
						return null;
					}
				}
				return null;
			});
		}
		while (acknowledged.size() < 8) {
			Thread.sleep(20);
		}
		first.toHandle().destroyForcibly();
		killed.set(true);
		first.waitFor();
		clients.shutdown();
		clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
		List<String> beforeKill = List.copyOf(acknowledged);

		start(dataDir, port, "whole-second");
		JsonNode reports = http
			.query("""
					{ reports(first: 100, filter: { text: "Crash report" }) { edges { node { id recommendations { id } } } } }""");
		java.util.Map<String, Integer> asksOf = new java.util.TreeMap<>();
		for (JsonNode edge : reports.path("data").path("reports").path("edges")) {
			asksOf.put(edge.path("node").path("id").asString(), edge.path("node").path("recommendations").size());
		}
		for (String id : beforeKill) {
			JsonNode report = http.query("query($id: ID!) { report(id: $id) { id recommendations { id } } }",
					Map.of("id", id));
			assertThat(report.path("data").path("report").path("recommendations").size()).as(id).isEqualTo(ASKS);
		}
		asksOf.forEach((id, asks) -> assertThat(asks).as(id).isEqualTo(ASKS));
		JsonNode orphans = http
			.query("""
					{ recommendations(first: 100, filter: { text: "Crash ask" }) { edges { node { id report { id } } } } }""");
		for (JsonNode edge : orphans.path("data").path("recommendations").path("edges")) {
			assertThat(edge.path("node").path("report").path("id").asString()).as("the ask's report").isNotEmpty();
		}
		JsonNode letters = http.query("""
				{ letters(first: 100) { edges { node { reference responses { id } } } } }""");
		for (JsonNode edge : letters.path("data").path("letters").path("edges")) {
			if (edge.path("node").path("reference").asString().startsWith("MOPAC010324-K")) {
				assertThat(edge.path("node").path("responses").size()).as(edge.toString()).isEqualTo(2);
			}
		}
	}

	private static final int ASKS = 40;

	private static Map<String, Object> reportOf(String id, int asks) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int n = 1; n <= asks; n++) {
			items.add(Map.of("number", n, "kind", "RECOMMENDATION", "text", "Crash ask " + n + " of " + id + ".",
					"addresseeIds", List.of("org/mopac")));
		}
		return Map.of("id", id, "kind", "COMMITTEE_REPORT", "title", "Crash report " + id, "publishedOn", "2024-03-01",
				"authorId", "org/london-assembly-pcc", "asks", items);
	}

	private Process start(Path dataDir, int port, String name) throws IOException, InterruptedException {
		String jar = System.getProperty("tracker.jar");
		assertThat(jar).as("the failsafe configuration passes the packaged jar").isNotNull();
		Path log = Path.of("target", "crash-" + name + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar, "--server.port=" + port, "--tracker.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("TRACKER_ADMIN_TOKEN", ADMIN);
		builder.environment().remove("MONGODB_URI");
		Process process = builder.start();
		this.started.add(process);
		GraphQlCalls http = new GraphQlCalls(port);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the application keeps running; see " + log).isTrue();
			try {
				if (http.query("{ __typename }").path("data").path("__typename").asString().equals("Query")) {
					return process;
				}
			}
			catch (RuntimeException notYet) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The application did not start within four minutes; see " + log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
