package london.scrutiny.tracker.limits;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request body cap of 100 KB (102,400 bytes) on POST /graphql, with a Content-Length
 * and without one (chunked): a body of exactly the cap runs, one byte more is refused
 * with HTTP 413 and a GraphQL error naming maxRequestBytes, before the body is parsed.
 */
@ApiTest
class RequestBodyCapTests extends OverHttp {

	private static final int CAP = 102_400;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@Test
	void aBodyOfExactlyTheCapIsParsedAndRuns() {
		HttpResponse<String> response = this.http.postJson("/graphql", queryBodyOf(CAP));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("data").path("report").path("title").asString()).isNotEmpty();
	}

	@Test
	void aBodyOneByteOverTheCapIsRefusedWith413NamingMaxRequestBytes() {
		HttpResponse<String> response = this.http.postJson("/graphql", queryBodyOf(CAP + 1));
		assertRefused(response);
	}

	@Test
	void aChunkedBodyOfExactlyTheCapIsParsedAndRuns() {
		HttpResponse<String> response = this.http.postJsonChunked("/graphql", queryBodyOf(CAP));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("data").path("report").path("title").asString()).isNotEmpty();
	}

	@Test
	void aChunkedBodyOverTheCapIsRefusedByCountingItsBytes() {
		assertRefused(this.http.postJsonChunked("/graphql", queryBodyOf(CAP + 1)));
		assertRefused(this.http.postJsonChunked("/graphql", queryBodyOf(5 * CAP)));
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsParsedEvenWhenItIsNotJson() {
		// Parsed, this would be a 400 for malformed JSON; it is never read that far.
		assertRefused(this.http.postJson("/graphql", "{not json" + "x".repeat(2 * CAP)));
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode body = json(response);
		assertThat(body.path("data").isMissingNode()).isTrue();
		assertThat(body.path("errors")).hasSize(1);
		JsonNode error = body.path("errors").get(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("extensions").path("limit").asString()).isEqualTo("maxRequestBytes");
		assertThat(error.path("extensions").path("max").asInt()).isEqualTo(CAP);
		assertThat(error.path("message").asString()).contains("larger than 102,400 bytes (maxRequestBytes)",
				"not parsed");
		assertThat(error.has("locations")).isFalse();
	}

	/**
	 * A JSON request of exactly {@code bytes} bytes: a real query, padded with a comment.
	 */
	private static String queryBodyOf(int bytes) {
		String query = "{ report(id: \"pcc-2022-vawg\") { title } } #";
		int unpadded = JSON.writeValueAsString(Map.of("query", query)).getBytes(StandardCharsets.UTF_8).length;
		String body = JSON.writeValueAsString(Map.of("query", query + "x".repeat(bytes - unpadded)));
		assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
		return body;
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
