package london.scrutiny.tracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL query a page is drawn from, with its variables: the page links to it, so a
 * reader can go from the page to the same data in GraphiQL.
 */
record PageQuery(String document, Map<String, Object> variables) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	PageQuery {
		Map<String, Object> given = new LinkedHashMap<>();
		variables.forEach((name, value) -> {
			if (value != null) {
				given.put(name, value);
			}
		});
		variables = given;
	}

	/** GraphiQL, opened on this query and its variables. */
	String graphiqlHref() {
		return "/graphiql?query=" + encode(this.document) + "&variables="
				+ encode(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this.variables));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
