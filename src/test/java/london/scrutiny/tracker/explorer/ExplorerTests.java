package london.scrutiny.tracker.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL is served with its own assets (no CDN), and every example operation runs on
 * the seed data.
 */
@ApiTest
class ExplorerTests {

	@LocalServerPort
	int port;

	@Test
	void graphiqlPageLoadsOnlyAssetsTheApplicationServesUnderAStrictContentSecurityPolicy() {
		GraphQlCalls http = new GraphQlCalls(this.port);
		var page = http.get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GraphiQL")
			.doesNotContain("http://")
			.doesNotContain("https://")
			.doesNotContain("//unpkg")
			.doesNotContain("//cdn");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
		int found = 0;
		while (assets.find()) {
			assertThat(http.get(assets.group(1)).statusCode()).as(assets.group(1)).isEqualTo(200);
			found++;
		}
		assertThat(found).isEqualTo(5);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
	}

	@Test
	void graphiqlOpensWithTheExampleOperationsAsTabs() {
		JsonNode examples = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(new GraphQlCalls(this.port).get("/graphiql/examples").body());
		assertThat(examples.findValuesAsString("name")).startsWith("01-vawg-recommendations")
			.hasSize(exampleFiles().size());
	}

	@Test
	void everyExampleOperationRunsWithoutErrorsAndReturnsData() throws IOException {
		GraphQlCalls http = new GraphQlCalls(this.port);
		for (Path file : exampleFiles()) {
			JsonNode result = http.query(Files.readString(file, StandardCharsets.UTF_8));
			assertThat(result.path("errors").isMissingNode()).as(file + ": " + result.path("errors")).isTrue();
			assertThat(result.path("data").propertyNames()).as(file.toString()).isNotEmpty();
			result.path("data")
				.properties()
				.forEach((field) -> assertThat(field.getValue().isNull()).as(file + " " + field.getKey()).isFalse());
		}
	}

	private static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.list(Path.of("graphql/examples"))) {
			return files.filter((f) -> f.toString().endsWith(".graphql")).sorted().toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aDashboardOnAnotherSiteMayCallTheApiFromABrowser() throws Exception {
		java.net.http.HttpResponse<String> preflight = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/graphql"))
				.method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://dashboard.example.org")
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type,authorization")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
			.contains("authorization");
	}

}
