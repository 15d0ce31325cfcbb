package london.scrutiny.tracker.alerts;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpServer;
import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of alert, raised by writes and by the scheduled check, reaches the Atom feed,
 * the subscription (over WebSocket and over server-sent events) and a webhook, once each,
 * and is audited under the system task that wrote it; a receiver that fails twice gets it
 * on the third try; a subscriber resuming after an alert receives every later one once; a
 * webhook on a private address is refused.
 */
@ApiTest
@TestPropertySource(properties = { "tracker.test.store=alerts", "tracker.alerts.enabled=true",
		"tracker.alerts.poll=PT0.3S", "tracker.alerts.check-every=PT1S", "tracker.alerts.check-delay=PT0S",
		"tracker.webhooks.backoff=PT0.2S", "tracker.webhooks.allowed-private-hosts=127.0.0.1" })
class AlertDeliveryTests {

	static final String SECRET = "receiver-secret-0123456789";

	static final String SUBSCRIPTION = "subscription($f: AlertFilter) { askEvents(filter: $f) { id kind recommendationId } }";

	@LocalServerPort
	int port;

	@Autowired
	DueCheck dueCheck;

	GraphQlCalls http;

	HttpServer receiver;

	/** Every request the receiver got, in order: alert id, signature valid, answered. */
	final List<String[]> received = Collections.synchronizedList(new ArrayList<>());

	final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	@BeforeEach
	void startReceiver() throws Exception {
		this.http = new GraphQlCalls(this.port);
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String alert = exchange.getRequestHeaders().getFirst("X-Tracker-Alert-Id");
			boolean signed = ("sha256=" + Deliveries.sign(SECRET, new String(body, StandardCharsets.UTF_8)))
				.equals(exchange.getRequestHeaders().getFirst("X-Tracker-Signature"));
			int attempt = this.attempts.computeIfAbsent(alert, (a) -> new AtomicInteger()).incrementAndGet();
			int status = (attempt <= 2) ? 503 : 204;
			this.received.add(new String[] { alert, String.valueOf(signed), String.valueOf(status) });
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void everyKindReachesTheFeed_bothSubscriptions_andAWebhook_once() throws Exception {
		String editor = this.http.newToken("EDITOR");
		String report = "pcc-alerts-" + System.nanoTime();
		Map<String, Object> filter = Map.of("reportId", report);
		JsonNode hook = this.http.as(editor,
				"""
						mutation($url: String!, $r: ID!, $s: String!) { registerWebhook(input: { url: $url, reportId: $r, secret: $s }) { id } }""",
				Map.of("url", "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook", "r", report, "s",
						SECRET));
		assertThat(hook.path("errors").isMissingNode()).as(hook.toString()).isTrue();
		String trail = this.http
			.as(ApiTest.ADMIN_TOKEN,
					"{ auditTrail(filter: { targetId: $id }) { edges { node { after } } } }".replace("$id",
							"\"" + hook.path("data").path("registerWebhook").path("id").asString() + "\""),
					Map.of())
			.toString();
		assertThat(trail).as("the audit trail keeps the hook, not its secret")
			.contains("(redacted)")
			.doesNotContain(SECRET);
		List<String> overWebSocket = webSocket(filter);
		List<String> overSse = serverSentEvents(filter);
		Thread.sleep(1500);

		write(editor, "recordReport", """
				mutation($input: RecordReportInput!) { recordReport(input: $input) { created } }""",
				Map.of("id", report, "kind", "COMMITTEE_REPORT", "title", "Alerts " + report, "publishedOn",
						"2024-03-01", "authorId", "org/london-assembly-pcc", "asks",
						List.of(ask(1, "2024-06-30"), ask(2, null), ask(3, "2024-09-30"))));
		write(editor, "recordLetter", """
				mutation($input: RecordLetterInput!) { recordLetter(input: $input) { created } }""",
				Map.of("reference", "MOPAC" + (System.nanoTime() % 1000000) + "-A1", "sentOn", "2024-04-15", "from",
						Map.of("name", "Sophie Linden"), "to", List.of(Map.of("name", "Chair")), "repliesTo",
						List.of(report), "acknowledgesDelay", false, "responses",
						List.of(Map.of("recommendationId", report + "/1", "text", "We accept and will do it."),
								Map.of("recommendationId", report + "/2", "text", "We are considering it."))));
		write(editor, "recordAssessment", """
				mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { created } }""",
				Map.of("recommendationId", report + "/1", "position", "ACCEPTED", "implementation", "IMPLEMENTED",
						"verification", "CLAIMED", "rationale", "Done, the letter says.", "effectiveOn", "2024-06-01"));
		int version = this.http
			.query("query($id: ID!) { recommendation(id: $id) { version } }", Map.of("id", report + "/3"))
			.path("data")
			.path("recommendation")
			.path("version")
			.asInt();
		write(editor, "reviseDeadline", """
				mutation($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { created } }""",
				Map.of("recommendationId", report + "/3", "expectedVersion", version, "deadline",
						Map.of("date", "2024-12-31", "precision", "DAY", "text", "by 31 December 2024"), "reason",
						"The Committee agreed more time.", "effectiveOn", "2024-09-01"));

		List<String> expected = List.of("letter_arrived/" + report + "/1", "letter_arrived/" + report + "/2",
				"assessment_changed/" + report + "/1", "deadline_revised/" + report + "/3",
				"deadline_met/" + report + "/1", "answer_overdue/" + report + "/3", "deadline_missed/" + report + "/3");
		Supplier<String> state = () -> "delivered " + delivered() + "; WebSocket " + overWebSocket + "; SSE " + overSse
				+ "; feed " + feed(report);
		await(() -> expected.stream()
			.allMatch((e) -> overWebSocket.stream().anyMatch((id) -> id.startsWith("alert/" + e + "/"))
					&& overSse.stream().anyMatch((id) -> id.startsWith("alert/" + e + "/"))
					&& delivered().stream().anyMatch((id) -> id.startsWith("alert/" + e + "/"))),
				state);
		await(() -> feed(report).size() >= overWebSocket.size(), state);
		// A kind can be raised twice (a deadline missed, revised, missed again): wait for
		// every alert raised to reach each channel, not only one of each kind.
		await(() -> delivered().containsAll(overWebSocket) && overSse.containsAll(overWebSocket), state);

		List<String> raised = List.copyOf(overWebSocket);
		for (String alert : raised) {
			assertThat(overWebSocket).as("WebSocket").containsOnlyOnce(alert);
			assertThat(overSse).as("server-sent events").containsOnlyOnce(alert);
			assertThat(delivered()).as("webhook").containsOnlyOnce(alert);
			assertThat(feed(report)).as("feed").containsOnlyOnce(AtomFeedController.entryId(alert));
		}
		assertThat(feed(report)).hasSameSizeAs(raised);
		synchronized (this.received) {
			for (String[] request : this.received) {
				assertThat(request[1]).as("signed with the hook's secret").isEqualTo("true");
			}
			this.received.stream()
				.filter((r) -> r[2].equals("204"))
				.forEach((r) -> assertThat(this.attempts.get(r[0]).get()).as("answered on the third try").isEqualTo(3));
		}
		JsonNode log = this.http.as(editor, "{ webhooks { id deliveries { alertId status attempts } } }", Map.of())
			.path("data")
			.path("webhooks");
		JsonNode ours = log.valueStream()
			.filter((h) -> h.path("id")
				.asString()
				.equals(hook.path("data").path("registerWebhook").path("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(ours.path("deliveries").valueStream().filter((d) -> d.path("status").asString().equals("DELIVERED")))
			.isNotEmpty()
			.allSatisfy((d) -> assertThat(d.path("attempts").asInt()).isEqualTo(3));
		String metrics = this.http.getAs(ApiTest.ADMIN_TOKEN, "/actuator/prometheus").body();
		assertThat(metrics).as("operators see the retries and the deliveries")
			.containsPattern("tracker_alert_deliveries_total\\{[^}]*outcome=\"PENDING\"")
			.containsPattern("tracker_alert_deliveries_total\\{[^}]*outcome=\"DELIVERED\"");

		assertThat(this.dueCheck.run()).as("the check raises nothing twice").isZero();

		String hookId = hook.path("data").path("registerWebhook").path("id").asString();
		for (String alert : raised) {
			String raisedBy = alert.matches("alert/(answer_overdue|deadline_met|deadline_missed)/.*")
					? "system:due-check" : "system:alerts";
			assertThat(actors(alert)).as("who raised " + alert).containsExactly("raiseAlert " + raisedBy);
			assertThat(actors(Delivery.idOf(hookId, alert))).as("who queued and sent " + alert)
				.contains("queueDelivery system:alerts", "claimDelivery system:webhooks",
						"recordDelivery system:webhooks")
				.allSatisfy((entry) -> assertThat(entry).doesNotContain("anonymous"));
		}
	}

	/**
	 * "operation actor" of each audit entry about one record, as an ADMIN reads the
	 * trail.
	 */
	private List<String> actors(String targetId) {
		JsonNode trail = this.http.as(ApiTest.ADMIN_TOKEN,
				"query($t: ID!) { auditTrail(filter: { targetId: $t }, first: 100) { edges { node { operation actor } } } }",
				Map.of("t", targetId));
		return trail.path("data")
			.path("auditTrail")
			.path("edges")
			.valueStream()
			.map((e) -> e.path("node").path("operation").asString() + " " + e.path("node").path("actor").asString())
			.toList();
	}

	@Test
	void aSubscriberResumingAfterAnAlert_receivesEveryLaterAlertOnce_replayedThenLive() throws Exception {
		String editor = this.http.newToken("EDITOR");
		String report = "pcc-resume-" + System.nanoTime();
		// The letters' alerts only: the scheduled check raises others for these asks at
		// its own pace.
		Map<String, Object> filter = Map.of("reportId", report, "kinds", List.of("LETTER_ARRIVED"));
		List<String> reference = serverSentEvents(filter);
		Thread.sleep(1000);
		write(editor, "recordReport", """
				mutation($input: RecordReportInput!) { recordReport(input: $input) { created } }""",
				Map.of("id", report, "kind", "COMMITTEE_REPORT", "title", "Resume " + report, "publishedOn",
						"2024-03-01", "authorId", "org/london-assembly-pcc", "asks",
						List.of(ask(1, null), ask(2, null), ask(3, null), ask(4, null), ask(5, null), ask(6, null))));
		letterAnswering(editor, report, 1, 2, 3, 4);
		await(() -> reference.size() >= 4, () -> "live: " + reference);

		String resumeQuery = "subscription($f: AlertFilter, $after: ID) { askEvents(filter: $f, after: $after) { id } }";
		List<String> resumed = serverSentEvents(resumeQuery, Map.of("f", filter, "after", reference.get(1)));
		await(() -> resumed.size() >= reference.size() - 2, () -> "resumed: " + resumed + "; live: " + reference);
		letterAnswering(editor, report, 5, 6);
		await(() -> reference.size() >= 6 && resumed.size() >= reference.size() - 2,
				() -> "resumed: " + resumed + "; live: " + reference);
		Thread.sleep(1000);

		assertThat(reference).hasSize(6).doesNotHaveDuplicates().allMatch((id) -> id.startsWith("alert/"));
		assertThat(resumed).as("after the second alert: the third on, replayed then live, each once")
			.containsExactlyElementsOf(reference.subList(2, reference.size()));

		List<String> unknown = serverSentEvents(resumeQuery, Map.of("f", filter, "after", "alert/no-such-alert"));
		await(() -> !unknown.isEmpty(), () -> "unknown: " + unknown);
		assertThat(unknown).containsExactly("error:NOT_FOUND");
	}

	private void letterAnswering(String editor, String report, int... asks) {
		List<Map<String, Object>> responses = new ArrayList<>();
		for (int number : asks) {
			responses.add(Map.of("recommendationId", report + "/" + number, "text", "We accept " + number + "."));
		}
		write(editor, "recordLetter", """
				mutation($input: RecordLetterInput!) { recordLetter(input: $input) { created } }""",
				Map.of("reference", "MOPAC" + (System.nanoTime() % 1000000) + "-R" + asks[0], "sentOn", "2024-04-15",
						"from", Map.of("name", "Sophie Linden"), "to", List.of(Map.of("name", "Chair")), "repliesTo",
						List.of(report), "acknowledgesDelay", false, "responses", responses));
	}

	@Test
	void aWebhookOnALoopbackOrPrivateAddressIsRefused() {
		String editor = this.http.newToken("EDITOR");
		for (String url : List.of("http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://localhost:9/hook",
				"http://[::1]/hook", "ftp://example.org/hook")) {
			JsonNode response = this.http.as(editor,
					"mutation($u: String!) { registerWebhook(input: { url: $u, secret: \"0123456789abcdef0\" }) { id } }",
					Map.of("u", url));
			assertThat(GraphQlCalls.classifications(response)).as(url).containsExactly("BAD_REQUEST");
			assertThat(response.path("errors").get(0).path("message").asString()).as(url).contains("input.url");
		}
	}

	@Test
	void theFeedsAreAtomWithLinksBackIntoTheApi_andAnUnknownIdIsNotFound() throws Exception {
		HttpResponse<String> feed = this.http.get("/feeds/committees/org/london-assembly-pcc");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element root = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(AtomFeedController.ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated", "author", "link")) {
			assertThat(root.getElementsByTagNameNS(AtomFeedController.ATOM, required).getLength()).as(required)
				.isPositive();
		}
		NodeList entries = root.getElementsByTagNameNS(AtomFeedController.ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link")) {
				assertThat(entry.getElementsByTagNameNS(AtomFeedController.ATOM, required).getLength()).isPositive();
			}
			String href = ((Element) entry.getElementsByTagNameNS(AtomFeedController.ATOM, "link").item(0))
				.getAttribute("href");
			assertThat(this.http.get(href.substring(href.indexOf("/feeds/"))).statusCode()).isEqualTo(200);
		}
		assertThat(this.http.get("/feeds/asks/no-such-report/1").statusCode()).isEqualTo(404);
	}

	private static Map<String, Object> ask(int number, String deadline) {
		Map<String, Object> ask = new java.util.HashMap<>(Map.of("number", number, "kind", "RECOMMENDATION", "text",
				"MOPAC must act " + number + ".", "addresseeIds", List.of("org/mopac")));
		if (deadline != null) {
			ask.put("deadline", Map.of("date", deadline, "precision", "DAY", "text", "by " + deadline));
		}
		return ask;
	}

	private void write(String token, String field, String mutation, Map<String, Object> input) {
		JsonNode response = this.http.as(token, mutation, Map.of("input", input));
		assertThat(response.path("errors").isMissingNode()).as(field + ": " + response).isTrue();
	}

	/** The id of each alert delivered (answered 2xx) to the receiver. */
	private List<String> delivered() {
		synchronized (this.received) {
			return this.received.stream().filter((r) -> r[2].equals("204")).map((r) -> r[0]).toList();
		}
	}

	/** The entry ids of the report's feed. */
	private List<String> feed(String report) {
		List<String> ids = new ArrayList<>();
		Matcher entry = Pattern.compile("<entry><id>([^<]+)</id>")
			.matcher(this.http.get("/feeds/reports/" + report).body());
		while (entry.find()) {
			ids.add(entry.group(1));
		}
		return ids;
	}

	private List<String> webSocket(Map<String, Object> filter) {
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		String subscribe = JsonMapper.shared()
			.writeValueAsString(Map.of("id", "1", "type", "subscribe", "payload",
					Map.of("query", SUBSCRIPTION, "variables", Map.of("f", filter))));
		HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + this.port + "/graphql-ws"), new WebSocket.Listener() {
				final StringBuilder text = new StringBuilder();

				@Override
				public void onOpen(WebSocket socket) {
					socket.sendText("{\"type\":\"connection_init\"}", true);
					socket.request(1);
				}

				@Override
				public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
					this.text.append(data);
					if (last) {
						JsonNode message = JsonMapper.shared().readTree(this.text.toString());
						this.text.setLength(0);
						if (message.path("type").asString().equals("connection_ack")) {
							socket.sendText(subscribe, true);
						}
						else if (message.path("type").asString().equals("next")) {
							events.add(event(message.path("payload").path("data").path("askEvents")));
						}
					}
					socket.request(1);
					return null;
				}
			})
			.join();
		return events;
	}

	private List<String> serverSentEvents(Map<String, Object> filter) {
		return serverSentEvents(SUBSCRIPTION, Map.of("f", filter));
	}

	/**
	 * The ids of the alerts a subscription over SSE receives, and
	 * "error:<classification>" for an error.
	 */
	private List<String> serverSentEvents(String subscription, Map<String, Object> variables) {
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		String body = JsonMapper.shared().writeValueAsString(Map.of("query", subscription, "variables", variables));
		HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofLines())
			.thenAccept((response) -> response.body().forEach((line) -> {
				if (line.startsWith("data:")) {
					JsonNode data = JsonMapper.shared().readTree(line.substring(5).trim());
					if (data.path("data").has("askEvents")) {
						events.add(event(data.path("data").path("askEvents")));
					}
					data.path("errors")
						.forEach((e) -> events.add("error:" + e.path("extensions").path("classification").asString()));
				}
			}));
		return events;
	}

	private static String event(JsonNode alert) {
		return alert.path("id").asString();
	}

	private static void await(Supplier<Boolean> done, Supplier<String> state) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!done.get()) {
			assertThat(System.nanoTime()).as(() -> "alerts arrived within 90 seconds: " + state.get())
				.isLessThan(until);
			Thread.sleep(300);
		}
	}

}
