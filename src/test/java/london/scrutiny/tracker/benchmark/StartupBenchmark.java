package london.scrutiny.tracker.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import london.scrutiny.tracker.TrackerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up time on a large store, measured, not asserted: <pre>
 * ./mvnw -q test -Dtest=StartupBenchmark -Dbenchmark=true [-Dbenchmark.startup-scale=1000] [-Dbenchmark.runs=3]
 * </pre> starts the tracker once on an empty embedded store to seed it, clones the seed
 * to the scale ({@link CorpusCloner}), stops it, then starts it again in a fresh JVM
 * (cold, as an operator would) several times, each time reading from its console when it
 * was ready to serve and when its search index had been built from the store (from its
 * console). Writes target/startup-benchmark.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class StartupBenchmark {

	private static final Pattern STARTED = Pattern
		.compile("Started TrackerApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	private static final Pattern INDEXED = Pattern
		.compile("Search index (?:built: ([0-9]+) records in ([0-9]+) ms|resumed from audit entry [0-9]+: followed the "
				+ "trail to [0-9]+ in ([0-9]+) ms)");

	@Test
	void measure() throws Exception {
		int scale = Integer.getInteger("benchmark.startup-scale", 1000);
		int runs = Integer.getInteger("benchmark.runs", 3);
		Path dir = Path.of("target", "startup-benchmark", scale + "x").toAbsolutePath();
		deleteTree(dir);
		long cloning = System.nanoTime();
		String sizes;
		try (ConfigurableApplicationContext app = SpringApplication.run(TrackerApplication.class,
				"--tracker.data-dir=" + dir, "--server.port=0", "--tracker.alerts.enabled=false")) {
			MongoTemplate mongo = app.getBean(MongoTemplate.class);
			new CorpusCloner(mongo).growTo(scale);
			sizes = String.format("%,d asks, %,d answers, %,d documents, %,d programmes, %,d evidence records",
					mongo.getCollection("asks").countDocuments(), mongo.getCollection("responses").countDocuments(),
					mongo.getCollection("documents").countDocuments(),
					mongo.getCollection("programmes").countDocuments(),
					mongo.getCollection("evidence").countDocuments());
		}
		// The clones were stored without entries in the audit trail, which a saved search
		// index resumes from: it must be built from the store once.
		deleteTree(dir.resolve("search-index"));
		double cloned = (System.nanoTime() - cloning) / 1e9;
		StringBuilder report = new StringBuilder("# Start-up on a large store\n\n");
		report.append(String.format(
				"%dx the seed (%s; seeded and cloned in %.0f s), embedded store, %d cores. "
						+ "Each start is a fresh JVM on the stored file.%n%n",
				scale, sizes, cloned, Runtime.getRuntime().availableProcessors()));
		report.append("| start | launch to serving (s) | context start (s) | launch to search index ready (s) | "
				+ "index built or resumed (s, records) |\n");
		report.append("|---|---:|---:|---:|---:|\n");
		for (int run = 1; run <= runs; run++) {
			Start start = start(dir, dir.resolveSibling(dir.getFileName() + "-start-" + run + ".log"));
			report.append(String.format("| %d | %.1f | %.1f | %.1f | %.1f (%,d) |%n", run, start.ready(),
					start.spring(), start.indexed(), start.building(), start.records()));
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "startup-benchmark.md"), report);
		}
		System.out.print(report);
	}

	/** Starts the tracker in a new JVM, waits for its index, and stops it. */
	private static Start start(Path dir, Path log) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(TrackerApplication.class.getName());
		command.add("--tracker.data-dir=" + dir);
		command.add("--server.port=" + port);
		command.add("--tracker.alerts.enabled=false");
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		double ready = Double.NaN;
		double spring = Double.NaN;
		double indexed = Double.NaN;
		double building = Double.NaN;
		long records = 0;
		try (BufferedReader console = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				var kept = Files.newBufferedWriter(log)) {
			String line;
			while ((line = console.readLine()) != null) {
				kept.write(String.format("%8.3f %s%n", seconds(launched), line));
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					ready = seconds(launched);
					spring = Double.parseDouble(started.group(1));
				}
				Matcher built = INDEXED.matcher(line);
				if (built.find()) {
					indexed = seconds(launched);
					records = (built.group(1) != null) ? Long.parseLong(built.group(1)) : 0;
					building = Long.parseLong((built.group(2) != null) ? built.group(2) : built.group(3)) / 1000.0;
				}
				// A resumed index can be ready before the application is.
				if (!Double.isNaN(ready) && !Double.isNaN(indexed)) {
					break;
				}
			}
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		assertThat(ready).as("the tracker reported that it started").isNotNaN();
		return new Start(ready, spring, indexed, building, records);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void deleteTree(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	/**
	 * Seconds from launching the JVM to serving requests, the context's own start-up
	 * time, seconds from launch to the search index holding the store, and the build's
	 * own time.
	 */
	record Start(double ready, double spring, double indexed, double building, long records) {
	}

}
