package london.scrutiny.tracker.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to build the search index and to search, on the seed and on the seed cloned
 * {@code benchmark.scale} times (100 unless given), measured, not asserted:
 * {@code ./mvnw -q test -Dtest=SearchBenchmark -Dbenchmark=true} writes
 * target/search-benchmark.md.
 */
@ApiTest
@TestPropertySource(properties = "tracker.test.store=search-benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBenchmark {

	private static final List<String> CLONED = List.of("documents", "asks", "responses", "programmes", "evidence");

	private static final int BUILDS = 3;

	private static final int WARM_UP = 20;

	private static final int RUNS = 100;

	private static final Map<String, String> SEARCHES = new LinkedHashMap<>();

	static {
		SEARCHES.put("a common word, first 20 with highlights: funding",
				"{ search(text: \"funding\") { totalCount edges { score snippet highlights { marked } } } }");
		SEARCHES.put("two words, first 20 with snippets: domestic abuse",
				"{ search(text: \"domestic abuse\") { totalCount edges { snippet } } }");
		SEARCHES.put("a phrase in letters from 2023: \"safe accommodation\"",
				"{ search(text: \"\\\"safe accommodation\\\"\", filter: { kind: [LETTER, RESPONSE], from: \"2023-01-01\" }) "
						+ "{ totalCount edges { highlights { marked } } } }");
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	SearchIndexFollower follower;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchableRecords records;

	@Test
	void measure() throws IOException {
		int scale = Integer.getInteger("benchmark.scale", 100);
		StringBuilder report = new StringBuilder("# Search on the embedded store\n\n")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores. Index build: median of ")
			.append(BUILDS)
			.append(" full rebuilds from the store. Searches: ")
			.append(RUNS)
			.append(" sequential requests over HTTP after ")
			.append(WARM_UP)
			.append(" warm-up requests.\n\n");
		report.append("| measurement | 1x | ").append(scale).append("x |\n| --- | ---: | ---: |\n");
		Map<String, String[]> rows = new LinkedHashMap<>();
		measureAt(0, rows);
		clone(scale);
		measureAt(1, rows);
		rows.forEach((name, values) -> report.append("| ")
			.append(name)
			.append(" | ")
			.append(values[0])
			.append(" | ")
			.append(values[1])
			.append(" |\n"));
		Files.writeString(Path.of("target", "search-benchmark.md"), report);
	}

	private void measureAt(int column, Map<String, String[]> rows) {
		List<Double> builds = new ArrayList<>();
		for (int i = 0; i < BUILDS; i++) {
			long start = System.nanoTime();
			this.follower.rebuild();
			builds.add((System.nanoTime() - start) / 1e6);
		}
		builds.sort(Double::compare);
		List<Double> reads = new ArrayList<>();
		for (int i = 0; i < BUILDS; i++) {
			long start = System.nanoTime();
			this.records.all((record) -> {
			});
			reads.add((System.nanoTime() - start) / 1e6);
		}
		reads.sort(Double::compare);
		row(rows, "records indexed", column, String.valueOf(this.index.size()));
		row(rows, "index build, ms (median)", column, String.format("%.0f", builds.get(BUILDS / 2)));
		row(rows, "of which reading them from the store, ms (median)", column,
				String.format("%.0f", reads.get(BUILDS / 2)));
		GraphQlCalls http = new GraphQlCalls(this.port);
		for (var search : SEARCHES.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				http.query(search.getValue());
			}
			List<Double> millis = new ArrayList<>();
			int total = 0;
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				JsonNode result = http.query(search.getValue());
				millis.add((System.nanoTime() - start) / 1e6);
				assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
				total = result.path("data").path("search").path("totalCount").asInt();
			}
			millis.sort(Double::compare);
			row(rows, "search " + search.getKey() + ": ms median / p95 (matches)", column,
					String.format("%.1f / %.1f (%d)", millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), total));
		}
	}

	private static void row(Map<String, String[]> rows, String name, int column, String value) {
		rows.computeIfAbsent(name, (n) -> new String[2])[column] = value;
	}

	/**
	 * Adds {@code scale - 1} copies of every searchable record, every id they hold
	 * suffixed with the copy's number, so the copies refer to one another as the
	 * originals do.
	 */
	private void clone(int scale) {
		Map<String, List<Document>> originals = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		for (String collection : CLONED) {
			List<Document> all = this.mongo.find(new Query(), Document.class, collection);
			originals.put(collection, all);
			all.forEach((d) -> ids.add(String.valueOf(d.get("_id"))));
		}
		for (int copy = 1; copy < scale; copy++) {
			String suffix = "~" + copy;
			for (var collection : originals.entrySet()) {
				List<Document> copies = new ArrayList<>();
				for (Document original : collection.getValue()) {
					Document clone = (Document) renamed(original, ids, suffix);
					for (String unique : List.of("reference", "referenceKey")) {
						if (clone.get(unique) instanceof String value) {
							clone.put(unique, value + suffix);
						}
					}
					copies.add(clone);
				}
				this.mongo.getCollection(collection.getKey()).insertMany(copies);
			}
		}
	}

	private static Object renamed(Object value, Set<String> ids, String suffix) {
		if (value instanceof String text) {
			return ids.contains(text) ? text + suffix : text;
		}
		if (value instanceof Document document) {
			Document copy = new Document();
			document.forEach((key, inner) -> copy.put(key, renamed(inner, ids, suffix)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map((inner) -> renamed(inner, ids, suffix)).toList();
		}
		return value;
	}

}
