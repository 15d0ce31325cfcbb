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
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
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
		throw new AssertionError("The application did not start within two minutes; see " + log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
