package london.scrutiny.tracker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to {@code /graphql}, for what a typed tester hides: the raw JSON of
 * errors, bodies that are not GraphQL at all, and other endpoints.
 */
public final class GraphQlCalls {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	/**
	 * HTTP/1.1, where a body of unknown length is sent in chunks with no Content-Length.
	 */
	private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	public GraphQlCalls(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Posts a query (with optional variables) and returns the parsed response body. */
	public JsonNode query(String query, Map<String, Object> variables) {
		return as(null, query, variables);
	}

	/** The same, with a bearer token (null for none). */
	public JsonNode as(String token, String query, Map<String, Object> variables) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					JSON.writeValueAsString(Map.of("query", query, "variables", variables)), StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return JSON.readTree(send(request.build()).body());
	}

	/** Creates a token with the role, as the test ADMIN, and returns its secret. */
	public String newToken(String role) {
		JsonNode created = as(ApiTest.ADMIN_TOKEN,
				"mutation($n: String!, $r: TokenRole!) { createToken(input: { name: $n, role: $r }) { secret } }",
				Map.of("n", "Test " + role, "r", role));
		return created.path("data").path("createToken").path("secret").asString();
	}

	public JsonNode query(String query) {
		return query(query, Map.of());
	}

	public HttpResponse<String> postJson(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	/**
	 * Posts a JSON body in chunks, without a Content-Length, as a client streaming its
	 * request does.
	 */
	public HttpResponse<String> postJsonChunked(String path, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return send(HTTP_1_1,
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "application/json")
					.header("Accept", "application/graphql-response+json, application/json")
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
					.build());
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	/** A GET with a bearer token. */
	public HttpResponse<String> getAs(String token, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build());
	}

	/** The classification of each error in a response, in order. */
	public static List<String> classifications(JsonNode response) {
		return response.path("errors")
			.valueStream()
			.map((e) -> e.path("extensions").path("classification").asString())
			.toList();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		return send(CLIENT, request);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
