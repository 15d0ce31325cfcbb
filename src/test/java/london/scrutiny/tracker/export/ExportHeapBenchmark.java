package london.scrutiny.tracker.export;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures, on demand, that an export streams: the heap retained while an export of the
 * evidence copied 10 and then 100 times is read. The server and this reader share one
 * JVM, so the numbers cover the application, the embedded MongoDB server and the reader.
 * The baseline is the heap in use after a full collection just before the request; while
 * the export streams, the heap is sampled after a full collection at
 * {@link #SAMPLES_PER_EXPORT} evenly spaced points, and the largest growth over the
 * baseline is reported. A retained heap that grows ten-fold with the corpus means the
 * export holds the result; a flat one means it streams. Reports, never asserts:
 * {@code ./mvnw -q test -Dtest=ExportHeapBenchmark -Dbenchmark=true}, written to
 * {@code target/export-heap.md}.
 */
@ApiTest
@TestPropertySource(properties = "tracker.test.store=export-benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ExportHeapBenchmark {

	static final int SAMPLES_PER_EXPORT = 10;

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	@Value("${tracker.export.chunk-size:1000}")
	int chunkSize;

	@Test
	void heapWhileExportingTheEvidenceCopiedTenAndAHundredTimes() throws Exception {
		List<Document> seed = this.mongo.findAll(Document.class, "evidence");
		long seedRows = seed.stream().mapToLong((e) -> e.getList("figures", Object.class, List.of()).size()).sum();
		List<String> report = new ArrayList<>();
		report.add("# Heap retained while an export streams");
		report.add("");
		report.add("Export of `/export/evidence` with the seeded evidence copied N times; read over HTTP in the same");
		report.add("JVM as the application and its embedded MongoDB server. Baseline: heap in use after a full GC");
		report.add("just before the request. Retained: heap in use after a full GC at " + SAMPLES_PER_EXPORT
				+ " evenly spaced points while the export streams; the largest growth over the baseline is shown.");
		report.add("Export chunk size: " + this.chunkSize + " records; JVM max heap "
				+ (Runtime.getRuntime().maxMemory() >> 20) + " MB.");
		report.add("");
		report.add("Each scale starts with one unmeasured export, which warms the embedded store's own page cache");
		report.add("(bounded; it is the store's, not the export's). \"After\": the growth still retained once the");
		report.add("export has ended.");
		report.add("");
		report.add("| Copies | Format | Rows | MB sent | Seconds | Baseline MB | Max retained growth MB | After MB |");
		report.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
		int copies = 0;
		for (int scale : new int[] { 10, 100 }) {
			for (; copies < scale - 1; copies++) {
				List<Document> batch = new ArrayList<>();
				for (Document record : seed) {
					Document copy = new Document(record);
					copy.put("_id", record.getString("_id") + "~" + copies);
					batch.add(copy);
				}
				this.mongo.insert(batch, "evidence");
			}
			// Unmeasured: fills the store's page cache, which is bounded and not the
			// export's, so the rows below show what the export itself holds.
			measure(scale, "ndjson", seedRows * scale);
			for (String format : List.of("ndjson", "csv")) {
				report.add(measure(scale, format, seedRows * scale));
			}
		}
		Path out = Path.of("target", "export-heap.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);
	}

	private String measure(int scale, String format, long expectedRows) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		URI uri = URI.create("http://localhost:" + this.port + "/export/evidence?format=" + format);
		long sampleEvery = Math.max(1, expectedRows / SAMPLES_PER_EXPORT);
		long before = retained(memory);
		long peak = 0;
		long lines = 0;
		long bytes = 0;
		long started = System.nanoTime();
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
				if (++lines % sampleEvery == 0) {
					peak = Math.max(peak, retained(memory) - before);
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long after = retained(memory) - before;
		return String.format("| %d | %s | %d | %.1f | %.1f | %d | %+.1f | %+.1f |", scale, format, lines,
				bytes / 1048576.0, seconds, before >> 20, peak / 1048576.0, after / 1048576.0);
	}

	/** The heap in use after a full collection (twice, so finalised objects go too). */
	private static long retained(MemoryMXBean memory) {
		System.gc();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
