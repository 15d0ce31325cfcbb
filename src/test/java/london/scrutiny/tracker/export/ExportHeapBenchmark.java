package london.scrutiny.tracker.export;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures, on demand, that an export streams: the heap still in use while an export of
 * the evidence copied 10 and then 100 times is being read (sampled after a full
 * collection every {@link #SAMPLE_EVERY} lines) stays flat as the corpus grows. Reports,
 * never asserts: {@code ./mvnw -q test -Dtest=ExportHeapBenchmark -Dbenchmark=true}.
 */
@ApiTest
@TestPropertySource(properties = "tracker.test.store=export-benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ExportHeapBenchmark {

	static final int SAMPLE_EVERY = 1_000;

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	@Test
	void heapWhileExportingTheEvidenceCopiedTenAndAHundredTimes() throws Exception {
		List<Document> seed = this.mongo.findAll(Document.class, "evidence");
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
			for (String format : List.of("ndjson", "csv")) {
				measure(scale, format);
			}
		}
	}

	private void measure(int scale, String format) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		long peak = 0;
		long lines = 0;
		long bytes = 0;
		long started = System.nanoTime();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/export/evidence?format=" + format))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				bytes += line.length() + 1;
				if (++lines % SAMPLE_EVERY == 0) {
					System.gc();
					peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed() - before);
				}
			}
		}
		System.out.printf(
				"export-heap scale=%dx format=%s rows=%d bytes=%d seconds=%.1f "
						+ "heap-before=%dMB retained-during-export(max after GC)=%+.1fMB%n",
				scale, format, lines, bytes, (System.nanoTime() - started) / 1e9, before >> 20, peak / 1048576.0);
	}

}
