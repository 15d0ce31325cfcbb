package london.scrutiny.tracker.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import london.scrutiny.tracker.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard on another site may read the exports, the feeds and the GraphQL API from a
 * browser, from the origins configured in {@code tracker.cors.allowed-origins}, and never
 * with credentials; pages from other origins are not let in.
 */
@ApiTest
@TestPropertySource(
		properties = "tracker.cors.allowed-origins=https://dashboard.example.org, https://*.newsroom.example")
class CrossOriginTests {

	static final String DASHBOARD = "https://dashboard.example.org";

	@LocalServerPort
	int port;

	@Test
	void aPreflightForAnExportFromAnAllowedOrigin_isAnsweredWithoutCredentials() throws Exception {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/export/asks?format=csv"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", DASHBOARD)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "accept"));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void aGetOfAnExportCarryingAnOrigin_letsTheBrowserReadTheBodyAndItsCount() throws Exception {
		HttpResponse<String> export = send(HttpRequest.newBuilder(uri("/export/programmes?format=ndjson"))
			.header("Origin", "https://data.newsroom.example"));
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).isNotBlank();
		assertThat(export.headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("https://data.newsroom.example");
		assertThat(export.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("X-Total-Count",
				"Content-Disposition");
		assertThat(export.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void aFeedAndTheGraphQlEndpointAnswerTheSameOrigins() throws Exception {
		HttpResponse<String> feed = send(
				HttpRequest.newBuilder(uri("/feeds/committees/org/london-assembly-pcc")).header("Origin", DASHBOARD));
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);

		HttpResponse<String> graphql = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Origin", DASHBOARD)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ reports(first: 1) { totalCount } }\"}")));
		assertThat(graphql.statusCode()).isEqualTo(200);
		assertThat(graphql.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
		assertThat(graphql.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void anOriginNotConfigured_orAWriteMethodOnAnExport_isRefusedAtThePreflight() throws Exception {
		HttpResponse<String> stranger = send(HttpRequest.newBuilder(uri("/export/asks"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example.com")
			.header("Access-Control-Request-Method", "GET"));
		assertThat(stranger.statusCode()).isEqualTo(403);
		assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

		HttpResponse<String> write = send(HttpRequest.newBuilder(uri("/export/asks"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", DASHBOARD)
			.header("Access-Control-Request-Method", "DELETE"));
		assertThat(write.statusCode()).isEqualTo(403);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
