package london.scrutiny.tracker.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's GraphQL examples work as written, in order: queries anonymously, the token
 * example as ADMIN, and the clerk's writes with the token it creates. A README that
 * drifts from the API fails here.
 */
@WriteTest
class ReadmeExamplesTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Test
	void everyGraphQlExampleInTheReadmeRunsWithoutErrors() throws IOException {
		GraphQlCalls http = new GraphQlCalls(this.port);
		List<String> blocks = new ArrayList<>();
		Matcher matcher = GRAPHQL_BLOCK.matcher(Files.readString(Path.of("README.md")));
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
		String clerk = null;
		for (String block : blocks) {
			boolean mutation = block.strip().startsWith("mutation");
			boolean makesToken = block.contains("createToken");
			boolean needsAdmin = makesToken || block.contains("backup {");
			String token = !mutation ? null : (needsAdmin ? ApiTest.ADMIN_TOKEN : clerk);
			// The import example reads a letter's text: give it one of the corpus
			// letters.
			Map<String, Object> variables = block.contains("$text")
					? Map.of("text", Files.readString(Path.of("mongo-init/corpus/001_79a9159c5d07971e.txt")))
					: Map.of();
			JsonNode result = http.as(token, block, variables);
			assertThat(result.path("errors").isMissingNode()).as(block + "\n" + result.path("errors")).isTrue();
			if (makesToken) {
				clerk = result.path("data").path("createToken").path("secret").asString();
			}
		}
	}

}
