package london.scrutiny.tracker.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.RequestCommands;
import london.scrutiny.tracker.audit.AuditLog;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the typical requests over HTTP as the corpus grows, measured, not asserted:
 * <pre>
 * ./mvnw -q test -Dtest=ApiBenchmark -Dbenchmark=true [-Dbenchmark.scales=1,10,100] [-Dbenchmark.runs=50]
 *     [-Dbenchmark.warm-up-ms=3000] [-Dbenchmark.first-warm-up-ms=20000]
 * </pre> clones the seed to each scale in turn ({@link CorpusCloner}), times each request
 * after warm-up (untimed runs for at least the given time) beside a raw-driver floor
 * making the same fetches in the same run, counts the database commands of each, and
 * writes target/benchmark.md (medians, p95, ratios to 1x). With {@code MONGODB_URI} set,
 * it runs on that MongoDB. Skipped in the normal build: timings belong in a report, not
 * in a pass/fail test.
 */
@ApiTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ApiBenchmark {

	private static final AtomicLong COMMANDS = new AtomicLong();

	/**
	 * The dashboard: asks answered late, with what a clerk reads beside each. (Every seed
	 * ask has been answered by now, so a filter on overdue answers would time an empty
	 * page; 16 seed asks were answered late, so the page fills from 10x.)
	 */
	private static final String DASHBOARD = """
			{ recommendations(filter: { responseStatus: [RESPONDED_LATE] }, first: 100) { totalCount edges { node {
			  id responseStatus daysLate position report { title } responses { letter { reference } }
			  programmes { name } } } } }""";

	private static final String DASHBOARD_NAME = "100 asks answered late with report, answers, programmes, status";

	/** Days after 2015-01-01 for statusSummary requests that must be counted anew. */
	private static final AtomicInteger NEW_DATES = new AtomicInteger();

	private static final String FLOOR_NAME = "the same data, raw driver (the floor)";

	/** Each request is repeated untimed for at least this long before it is timed. */
	private static final long WARM_UP_NANOS = Long.getLong("benchmark.warm-up-ms", 3000) * 1_000_000;

	/**
	 * All requests are repeated in turn for at least this long before the first scale.
	 */
	private static final long FIRST_WARM_UP_NANOS = Long.getLong("benchmark.first-warm-up-ms", 20000) * 1_000_000;

	private static final int WARM_UP_MAX_RUNS = 300;

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AuditLog audit;

	@TestConfiguration
	static class CountCommands {

		@Bean
		MongoClientSettingsBuilderCustomizer benchmarkCommandCounter() {
			return (settings) -> settings.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (RequestCommands.counted(event)) {
						COMMANDS.incrementAndGet();
					}
				}
			});
		}

	}

	@Test
	void measure() throws IOException {
		int[] scales = Arrays.stream(System.getProperty("benchmark.scales", "1,10,100").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int runs = Integer.parseInt(System.getProperty("benchmark.runs", "50"));
		GraphQlCalls http = new GraphQlCalls(this.port);
		CorpusCloner cloner = new CorpusCloner(this.mongo);
		Map<String, Map<Integer, Timing>> table = new LinkedHashMap<>();
		StringBuilder sizes = new StringBuilder();
		for (int scale : scales) {
			long start = System.nanoTime();
			cloner.growTo(scale);
			// The copies bypass the trail, as the seed loader's records do: say so, so
			// that
			// no result kept from the smaller corpus is given at this scale.
			this.audit.storedOutsideTheTrail();
			sizes.append(String.format(
					"- %dx: %,d asks, %,d answers, %,d documents, %,d programmes, %,d evidence "
							+ "records (cloned in %.1f s)%n",
					scale, count("asks"), count("responses"), count("documents"), count("programmes"),
					count("evidence"), (System.nanoTime() - start) / 1e9));
			Map<String, Supplier<Object>> requests = requests(http);
			if (scale == scales[0]) {
				warmUp(requests);
			}
			requests.forEach((name, request) -> table.computeIfAbsent(name, (k) -> new LinkedHashMap<>())
				.put(scale, time(name, request, runs)));
			// Written after each scale, so a run stopped at a large scale keeps the
			// smaller.
			write(table, Arrays.stream(scales).filter((s) -> s <= scale).toArray(), runs, sizes.toString());
		}
	}

	private long count(String collection) {
		return this.mongo.getCollection(collection).countDocuments();
	}

	private Map<String, Supplier<Object>> requests(GraphQlCalls http) {
		Map<String, Supplier<Object>> requests = new LinkedHashMap<>();
		requests.put(DASHBOARD_NAME, () -> checked(http.query(DASHBOARD)));
		requests.put(FLOOR_NAME, this::dashboardFloor);
		String tenth = cursorOfPage(http, 10);
		requests.put("a page of 20 asks, tenth page by cursor",
				() -> http
					.query("query($after: String) { recommendations(first: 20, after: $after) { edges { node { id text "
							+ "responseStatus position } } pageInfo { endCursor } } }", variables(tenth)));
		requests.put("statusSummary over everything",
				() -> http
					.query("{ statusSummary { total byResponseStatus { status count } byPosition { position count } "
							+ "byDeadlineStatus { status count } } }"));
		// As of a date no request has asked before, so the asks are counted anew (a
		// journalist exploring dates), not given again as kept.
		requests.put("statusSummary over everything, as of a new date each time",
				() -> http
					.query("{ statusSummary(asOf: \"" + LocalDate.of(2015, 1, 1).plusDays(NEW_DATES.getAndIncrement())
							+ "\") { total byResponseStatus { status count } byPosition { position count } "
							+ "byDeadlineStatus { status count } } }"));
		requests.put("search for a common word (first page)",
				() -> http.query("{ search(text: \"police\") { totalCount edges { node { __typename } } } }"));
		requests.put("summaryOfActions for the committee",
				() -> http
					.query("{ summaryOfActions(committeeId: \"org/london-assembly-pcc\") { overdue items { status "
							+ "responseDueOn correspondenceReceived { reference } } } }"));
		// As of a date when the seed's asks were outstanding, so the page is full at 10x
		// and beyond (as of today every copy is answered).
		requests.put("summaryOfActions: counts and first 50 outstanding (as of 2022-06-01)", () -> http
			.query("{ summaryOfActions(committeeId: \"org/london-assembly-pcc\", asOf: \"2022-06-01\") { completed "
					+ "inProgress overdue actions(status: [OVERDUE, IN_PROGRESS], first: 50) { totalCount edges "
					+ "{ node { status responseDueOn correspondenceReceived { reference } } } } } }"));
		requests.put("one recommendation by id", () -> http
			.query("{ recommendation(id: \"pcc-2022-vawg/6\") { text responseStatus position deadlineStatus "
					+ "responses { text position letter { reference } } programmes { name } history { position } "
					+ "timeline { date kind } } }"));
		requests.put("a page of 100 evidence records", () -> http.query(
				"{ evidence(first: 100) { edges { node { statement figures { value } source { quote document { id } } "
						+ "programmes { name } } } } }"));
		return requests;
	}

	/**
	 * The dashboard's answer, refused if its page is empty: timing a query that finds
	 * nothing would measure nothing.
	 */
	private static JsonNode checked(JsonNode answer) {
		assertThat(answer.path("data").path("recommendations").path("edges").size()).as("dashboard rows: " + answer)
			.isPositive();
		return answer;
	}

	private static Map<String, Object> variables(String after) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("after", after);
		return variables;
	}

	/** The cursor that opens the given page, or of the last page there is. */
	private static String cursorOfPage(GraphQlCalls http, int page) {
		String after = null;
		for (int i = 1; i < page; i++) {
			JsonNode info = http
				.query("query($after: String) { recommendations(first: 20, after: $after) { pageInfo { endCursor "
						+ "hasNextPage } } }", variables(after))
				.path("data")
				.path("recommendations")
				.path("pageInfo");
			if (!info.path("hasNextPage").asBoolean()) {
				break;
			}
			after = info.path("endCursor").asString();
		}
		return after;
	}

	/**
	 * The dashboard's data fetched with the raw driver, as a hand-written program would:
	 * the asks answered late by their stored facts with their count, then their reports,
	 * answers, letters, programmes and assessments by id (7 commands).
	 */
	private Object dashboardFloor() {
		MongoDatabase db = this.mongo.getDb();
		String today = LocalDate.now().toString();
		Bson late = Filters.and(Filters.not(Filters.gt("statusFacts.askedOn", today)),
				Filters.lte("statusFacts.firstAnsweredOn", today), Filters.eq("statusFacts.answeredLate", true));
		List<Document> asks = db.getCollection("asks")
			.find(late)
			.sort(Sorts.ascending("reportId", "number", "_id"))
			.limit(100)
			.into(new ArrayList<>());
		long total = db.getCollection("asks").countDocuments(late);
		List<Object> askIds = asks.stream().map((a) -> a.get("_id")).toList();
		List<Document> reports = db.getCollection("documents")
			.find(Filters.in("_id", asks.stream().map((a) -> a.get("reportId")).distinct().toList()))
			.projection(Projections.exclude("text"))
			.into(new ArrayList<>());
		List<Document> answers = db.getCollection("responses")
			.find(Filters.in("askId", askIds))
			.into(new ArrayList<>());
		List<Document> letters = db.getCollection("documents")
			.find(Filters.in("_id", answers.stream().map((r) -> r.get("letterId")).distinct().toList()))
			.projection(Projections.exclude("text"))
			.into(new ArrayList<>());
		List<Document> programmes = db.getCollection("programmes")
			.find(Filters.in("_id",
					answers.stream()
						.flatMap((r) -> r.getList("programmeIds", Object.class, List.of()).stream())
						.distinct()
						.toList()))
			.into(new ArrayList<>());
		List<Document> assessed = db.getCollection("assessments")
			.find(Filters.in("askId", askIds))
			.into(new ArrayList<>());
		return List.of(total, reports.size(), letters.size(), programmes.size(), assessed.size());
	}

	/**
	 * Every request in turn, untimed, before the first is timed: else the first requests
	 * at the first scale run code the JIT has not compiled yet, and carry it in their
	 * medians (and every ratio to 1x).
	 */
	private static void warmUp(Map<String, Supplier<Object>> requests) {
		long until = System.nanoTime() + FIRST_WARM_UP_NANOS;
		do {
			requests.values().forEach(Supplier::get);
		}
		while (System.nanoTime() < until);
	}

	private static Timing time(String name, Supplier<Object> request, int runs) {
		System.out.printf("timing %s%n", name);
		// Warmed for a while, not a few runs: the first request of a kind at a scale runs
		// code the JIT has not compiled yet, and a few runs left that in the median.
		long warmUntil = System.nanoTime() + WARM_UP_NANOS;
		for (int i = 0; i < WARM_UP_MAX_RUNS && (i < Math.max(3, runs / 5) || System.nanoTime() < warmUntil); i++) {
			long start = System.nanoTime();
			Object answer = request.get();
			if (!ok(answer)) {
				// A refused answer (past the request timeout, or past a limit) is a
				// result: reported with its reason and time, not timed again.
				String limit = ((JsonNode) answer).at("/errors/0/extensions/limit").asString("error");
				return new Timing(Double.NaN, (System.nanoTime() - start) / 1e6, Double.NaN, 0, limit);
			}
		}
		List<Double> millis = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		long commands = 0;
		for (int i = 0; i < runs; i++) {
			long before = COMMANDS.get();
			long cpuBefore = PROCESS.getProcessCpuTime();
			long start = System.nanoTime();
			Object result = request.get();
			millis.add((System.nanoTime() - start) / 1e6);
			cpu.add((PROCESS.getProcessCpuTime() - cpuBefore) / 1e6);
			commands = COMMANDS.get() - before;
			check(name, result);
		}
		millis.sort(Double::compare);
		cpu.sort(Double::compare);
		return new Timing(millis.get(runs / 2), millis.get(Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)),
				cpu.get(runs / 2), commands, null);
	}

	private static void check(String name, Object result) {
		assertThat(ok(result)).as(name + ": " + result).isTrue();
	}

	private static boolean ok(Object result) {
		return !(result instanceof JsonNode json) || json.path("errors").isMissingNode();
	}

	private static void write(Map<String, Map<Integer, Timing>> table, int[] scales, int runs, String sizes)
			throws IOException {
		StringBuilder report = new StringBuilder("# API latency as the corpus grows\n\n");
		report.append(String.format("Embedded store unless MONGODB_URI was set; %d timed runs of each request after "
				+ "warm-up, one client, %d cores. Medians (p95) in ms; commands = database round trips of one "
				+ "request; the last column is the median at the largest scale over the median at the first.%n%n", runs,
				Runtime.getRuntime().availableProcessors()));
		report.append(sizes).append('\n');
		report.append("| request |");
		for (int scale : scales) {
			report.append(' ').append(scale).append("x |");
		}
		report.append(" commands | ")
			.append(scales[0])
			.append("x to ")
			.append(scales[scales.length - 1])
			.append("x |\n|---|");
		report.append("---:|".repeat(scales.length + 2)).append('\n');
		table.forEach((name, byScale) -> {
			report.append("| ").append(name).append(" |");
			for (int scale : scales) {
				Timing t = byScale.get(scale);
				report.append(
						Double.isNaN(t.median()) ? String.format(" refused (%s) after %,.0f ms |", t.refused(), t.p95())
								: String.format(" %,.1f (%,.1f) |", t.median(), t.p95()));
			}
			Timing first = byScale.get(scales[0]);
			Timing last = byScale.get(scales[scales.length - 1]);
			report.append(String.format(" %d | %.1fx |%n", last.commands(), last.median() / first.median()));
		});
		Map<Integer, Timing> dashboard = table.get(DASHBOARD_NAME);
		Map<Integer, Timing> floor = table.get(FLOOR_NAME);
		report.append("\nDashboard over its floor:");
		for (int scale : scales) {
			report
				.append(String.format(" %dx %.2f;", scale, dashboard.get(scale).median() / floor.get(scale).median()));
		}
		report.append("\n\nCPU per request (the whole process: API, embedded store, floor client; median ms), which "
				+ "other work on the machine disturbs less than the time:\n\n| request |");
		for (int scale : scales) {
			report.append(' ').append(scale).append("x |");
		}
		report.append("\n|---|").append("---:|".repeat(scales.length)).append('\n');
		table.forEach((name, byScale) -> {
			report.append("| ").append(name).append(" |");
			for (int scale : scales) {
				report.append(String.format(" %,.1f |", byScale.get(scale).cpuMedian()));
			}
			report.append('\n');
		});
		report.append("\nDashboard over its floor, in CPU:");
		for (int scale : scales) {
			report.append(String.format(" %dx %.2f;", scale,
					dashboard.get(scale).cpuMedian() / floor.get(scale).cpuMedian()));
		}
		report.append('\n');
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "benchmark.md"), report);
	}

	/**
	 * Medians and p95 in ms; when refused, the limit that refused it (or "error") and the
	 * time to the refusal in place of the p95.
	 */
	record Timing(double median, double p95, double cpuMedian, long commands, String refused) {
	}

}
