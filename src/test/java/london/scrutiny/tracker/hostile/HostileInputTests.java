package london.scrutiny.tracker.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite: a few hundred generated and hand-made requests, anonymous and
 * with an ADMIN token, against the seeded corpus. Each must be answered without an HTTP
 * 5xx, with every error classified, without a Java class name or a stack trace, and the
 * refused ones must change nothing stored. Timings are measured and reported, not
 * asserted.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final Set<String> CLASSIFIED = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND",
			"INTERNAL_ERROR", "CONFLICT");

	/**
	 * What gives away the implementation: a Java class name, an exception, a stack frame.
	 */
	private static final Pattern INTERNALS = Pattern
		.compile("\\b(java|javax|jakarta|sun|org\\.springframework|org\\.bson|com\\.mongodb|graphql|tools\\.jackson|"
				+ "london\\.scrutiny|de\\.bwaldvogel|org\\.h2|org\\.apache)\\.[a-z]+\\.|Exception\\b|\\tat |\\$[A-Z]");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	GraphQlCalls http;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@Test
	void hostileRequestsAreAnsweredWithClassifiedErrorsAndRefusedOnesChangeNothing(CapturedOutput output) {
		JsonNode schema = this.http
			.query("{ __schema { types { name kind fields { name args { name type { ...T } } type { ...T } } "
					+ "inputFields { name type { ...T } } } } } fragment T on __Type { name kind ofType { name kind "
					+ "ofType { name kind ofType { name kind } } } }")
			.path("data")
			.path("__schema");
		List<HostileRequest> requests = new ArrayList<>();
		requests.addAll(HostileCases.http());
		requests.addAll(HostileCases.queries(schema, null));
		requests.addAll(HostileCases.writes(ApiTest.ADMIN_TOKEN));
		HostileCases.amplification()
			.forEach((name, query) -> requests.add(HostileRequest.refused(name, null, query, Map.of())));
		requests.add(cookieCarryingToken());

		Map<String, Long> before = stored();
		List<String> failures = new ArrayList<>();
		List<Long> millis = new ArrayList<>();
		List<String> slow = new ArrayList<>();
		for (HostileRequest request : requests) {
			long started = System.nanoTime();
			HttpResponse<String> response = send(request);
			long took = (System.nanoTime() - started) / 1_000_000;
			millis.add(took);
			if (took > 2000) {
				slow.add(request.name() + " (" + took + " ms)");
			}
			failures.addAll(check(request, response));
		}
		Map<String, Long> after = stored();

		millis.sort(Long::compare);
		System.out.printf(
				"Hostile suite: %d requests; median %d ms, 95th percentile %d ms, slowest %d ms; " + "%d over 2 s%s%n",
				requests.size(), millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100),
				millis.get(millis.size() - 1), slow.size(), slow.isEmpty() ? "" : ": " + slow);
		assertThat(requests).hasSizeGreaterThan(300);
		assertThat(failures).as("requests answered wrongly").isEmpty();
		assertThat(after).as("records stored, by collection, after the refused requests").isEqualTo(before);
		assertThat(output.getAll()).as("the log").doesNotContain("\tat ").doesNotContain(" ERROR ");
		assertThat(output.getAll()).as("the log").doesNotContain(COOKIE_SECRET);
	}

	@Test
	void amplificationQueriesAreRefusedBeforeTheyRunNamingTheLimit() {
		HostileCases.amplification().forEach((name, query) -> {
			JsonNode response = this.http.query(query);
			assertThat(response.has("data")).as("%s returns no data", name).isFalse();
			assertThat(response.path("errors")).as(name).hasSize(1);
			JsonNode error = response.path("errors").path(0);
			assertThat(error.path("extensions").path("classification").asString()).as(name).isEqualTo("BAD_REQUEST");
			// A limit, or graphql-java's own guard against introspection in bad faith.
			assertThat(error.path("extensions").path("limit").asString()
					+ error.path("extensions").path("reason").asString())
				.as(name)
				.isIn("maxNodes", "maxDepth", "BadFaithIntrospection");
		});
	}

	private static final String COOKIE_SECRET = "cookie-secret-0123456789abcdef";

	/** A token pasted into a cookie that is not well formed, which Tomcat would log. */
	private HostileRequest cookieCarryingToken() {
		return new HostileRequest("token in a malformed cookie", null, "POST", "application/json",
				"{\"query\": \"{ __typename }\"}", false);
	}

	private List<String> check(HostileRequest request, HttpResponse<String> response) {
		List<String> wrong = new ArrayList<>();
		String name = request.name();
		if (response.statusCode() >= 500) {
			wrong.add(name + ": HTTP " + response.statusCode());
		}
		if (INTERNALS.matcher(response.body()).find()) {
			wrong.add(name + ": shows internals: " + cut(response.body()));
		}
		JsonNode body;
		try {
			body = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			wrong.add(name + ": not JSON: HTTP " + response.statusCode() + " " + cut(response.body()));
			return wrong;
		}
		JsonNode errors = body.path("errors");
		if (request.refused() && errors.isEmpty()) {
			wrong.add(name + ": accepted: " + cut(response.body()));
		}
		if (response.statusCode() >= 400 && errors.isEmpty()) {
			wrong.add(name + ": HTTP " + response.statusCode() + " without errors: " + cut(response.body()));
		}
		for (JsonNode error : errors) {
			String classification = error.path("extensions").path("classification").asString();
			if (!CLASSIFIED.contains(classification)) {
				wrong.add(name + ": unclassified (" + classification + "): " + cut(error.toString()));
			}
			if ("INTERNAL_ERROR".equals(classification)) {
				wrong.add(name + ": failed: " + cut(error.toString()));
			}
		}
		return wrong;
	}

	private HttpResponse<String> send(HostileRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Accept", "application/json");
		HttpRequest.BodyPublisher body = (request.body() != null)
				? HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody();
		builder.method(request.method(), body);
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		if (request.token() != null) {
			builder.header("Authorization", "Bearer " + request.token());
		}
		if (request.name().equals("token in a malformed cookie")) {
			builder.header("Cookie", "session=x; tok\"en=\"" + COOKIE_SECRET + "\"; ");
		}
		try {
			return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.name(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many records each collection holds. */
	private Map<String, Long> stored() {
		Map<String, Long> counts = new TreeMap<>();
		this.mongo.getCollectionNames().forEach((n) -> counts.put(n, this.mongo.getCollection(n).countDocuments()));
		return counts;
	}

	private static String cut(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
