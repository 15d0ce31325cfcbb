package london.scrutiny.tracker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the API's typical requests over HTTP on the embedded store, measured, not
 * asserted: {@code ./mvnw -q test -Dtest=ApiBenchmark -Dbenchmark=true} writes
 * target/benchmark.md. It is skipped in the normal build because timings belong in a
 * report, not in a pass/fail test.
 */
@WriteTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ApiBenchmark {

	private static final int WARM_UP = 30;

	private static final int RUNS = 200;

	@LocalServerPort
	int port;

	@Test
	void measure() throws IOException {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String clerk = http.newToken("CLERK");
		Map<String, Supplier<JsonNode>> requests = new LinkedHashMap<>();
		String vawg = Files.readString(Path.of("graphql/examples/01-vawg-recommendations.graphql"));
		requests.put("VAWG report: 14 asks with status, responses, programmes (example 01)", () -> http.query(vawg));
		requests.put("recommendations, 29 asks with report, addressees, responses, programmes, evidence", () -> http
			.query("{ recommendations(first: 100) { edges { node { id report { title } addressees { name } "
					+ "responseStatus position responses { letter { reference } programmes { name } } evidence { id } } } } }"));
		requests.put("evidence page of 100 with sources and programmes", () -> http.query(
				"{ evidence(first: 100) { edges { node { statement figures { value } source { quote document { id } } programmes { name } } } } }"));
		requests.put("search \"domestic abuse\" (first 20)",
				() -> http.query("{ search(text: \"domestic abuse\") { totalCount edges { snippet } } }"));
		requests.put("statusSummary as of 2022-09-01",
				() -> http.query("{ statusSummary(asOf: \"2022-09-01\") { total byResponseStatus { count } } }"));
		requests.put("summaryOfActions for the PCC", () -> http.query(
				"{ summaryOfActions(committeeId: \"org/london-assembly-pcc\", asOf: \"2022-09-01\") { items { status } } }"));
		int[] counter = { 0 };
		requests.put("recordAssessment (write, audited, committed to disk)", () -> http.as(clerk,
				"""
						mutation($r: String!) { recordAssessment(input: { recommendationId: "pcc-2022-vawg/2", position: ACCEPTED,
						  implementation: IN_PROGRESS, verification: CLAIMED, rationale: $r, effectiveOn: "2024-01-01" }) { created } }""",
				Map.of("r", "Benchmark " + counter[0]++)));

		StringBuilder report = new StringBuilder("# API latency on the embedded store\n\n").append(RUNS)
			.append(" sequential requests each after ")
			.append(WARM_UP)
			.append(" warm-up requests, one client, ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores.\n\n| request | median ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: |\n");
		for (var request : requests.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				request.getValue().get();
			}
			List<Double> millis = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				JsonNode result = request.getValue().get();
				millis.add((System.nanoTime() - start) / 1e6);
				assertThat(result.path("errors").isMissingNode()).as(request.getKey() + result.path("errors")).isTrue();
			}
			millis.sort(Double::compare);
			report.append(String.format("| %s | %.1f | %.1f | %.1f |%n", request.getKey(), millis.get(RUNS / 2),
					millis.get((int) (RUNS * 0.95)), millis.get(RUNS - 1)));
		}
		Files.writeString(Path.of("target", "benchmark.md"), report);
	}

}
