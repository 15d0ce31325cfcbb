package london.scrutiny.tracker.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection in the schema, found by introspection, walked page by page with the
 * cursors it issues: each reaches its end, meets every node once, and agrees with its
 * {@code totalCount}; no cursor shows how it is made.
 */
@ApiTest
class ConnectionWalkTests extends OverHttp {

	/** Arguments a connection cannot be asked without. */
	private static final Map<String, String> REQUIRED = Map.of("search", "text: \"police\"");

	@Test
	void everyConnectionIsWalkedToItsEndByItsOwnCursors() {
		List<String> connections = rootConnections();
		assertThat(connections).contains("reports", "letters", "recommendations", "auditTrail", "search", "programmes",
				"evidence", "organisations", "people");
		for (String field : connections) {
			walk(field, 7);
		}
	}

	@Test
	void aFullPageOfAHundredWalksTheLongestListsToo() {
		walk("search", 100);
		walk("auditTrail", 100);
	}

	@Test
	void aCursorFromOneListIsRefusedByAnotherAsBadRequest() {
		String cursor = page("reports", "id", 1, null).path("pageInfo").path("endCursor").asString();
		JsonNode refused = this.http.query("query($a: String) { letters(first: 1, after: $a) { totalCount } }",
				Map.of("a", cursor));
		assertThat(GraphQlCalls.classifications(refused)).containsExactly("BAD_REQUEST");
	}

	private void walk(String field, int size) {
		String node = nodeSelection(field);
		Set<String> nodes = new HashSet<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		long total = -1;
		int pages = 0;
		while (true) {
			JsonNode connection = page(field, node, size, after);
			total = connection.path("totalCount").asLong();
			for (JsonNode edge : connection.path("edges")) {
				String cursor = edge.path("cursor").asString();
				assertThat(cursors.add(cursor)).as("%s repeats a cursor", field).isTrue();
				assertOpaque(field, cursor);
				nodes.add(edge.path("node").toString());
			}
			pages++;
			assertThat(pages).as("%s never ends", field).isLessThan(1000);
			if (!connection.path("pageInfo").path("hasNextPage").asBoolean()) {
				break;
			}
			after = connection.path("pageInfo").path("endCursor").asString();
		}
		assertThat(total).as("%s has something to walk", field).isPositive();
		assertThat((long) nodes.size()).as("%s: nodes met walking its pages", field).isEqualTo(total);
	}

	private JsonNode page(String field, String node, int size, String after) {
		String extra = REQUIRED.containsKey(field) ? REQUIRED.get(field) + ", " : "";
		Map<String, Object> variables = new HashMap<>();
		variables.put("after", after);
		JsonNode response = this.http.as(ApiTest.ADMIN_TOKEN,
				"query($after: String) { " + field + "(" + extra + "first: " + size
						+ ", after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { "
						+ node + " } } } }",
				variables);
		assertThat(response.path("errors").isMissingNode()).as("%s after %s: %s", field, after, response).isTrue();
		return response.path("data").path(field);
	}

	/**
	 * What identifies a node of the connection: its id where its type has one (on each
	 * member, for a union), else the whole of its scalar fields.
	 */
	private String nodeSelection(String field) {
		JsonNode query = type("Query");
		String connection = named(query.path("fields")
			.valueStream()
			.filter((f) -> f.path("name").asString().equals(field))
			.findFirst()
			.orElseThrow()
			.path("type"));
		String edge = named(fieldOf(type(connection), "edges").path("type"));
		JsonNode nodeType = type(named(fieldOf(type(edge), "node").path("type")));
		if (nodeType.path("kind").asString().equals("UNION")) {
			StringBuilder members = new StringBuilder("__typename");
			for (JsonNode member : nodeType.path("possibleTypes")) {
				members.append(" ... on ")
					.append(member.path("name").asString())
					.append(" { ")
					.append(identity(type(member.path("name").asString())))
					.append(" }");
			}
			return members.toString();
		}
		return identity(nodeType);
	}

	private static String identity(JsonNode type) {
		if (fieldOf(type, "id") != null) {
			return "id";
		}
		StringBuilder scalars = new StringBuilder("__typename");
		for (JsonNode f : type.path("fields")) {
			String kind = f.path("type").path("kind").asString();
			String inner = f.path("type").path("ofType").path("kind").asString();
			if ((kind.equals("SCALAR") || (kind.equals("NON_NULL") && inner.equals("SCALAR")))
					&& f.path("args").isEmpty()) {
				scalars.append(' ').append(f.path("name").asString());
			}
		}
		return scalars.toString();
	}

	private static JsonNode fieldOf(JsonNode type, String name) {
		return type.path("fields")
			.valueStream()
			.filter((f) -> f.path("name").asString().equals(name))
			.findFirst()
			.orElse(null);
	}

	/** The named type inside any wrapping of non-null and list. */
	private static String named(JsonNode type) {
		JsonNode current = type;
		while (!current.path("name").isString()) {
			current = current.path("ofType");
		}
		return current.path("name").asString();
	}

	private JsonNode type(String name) {
		return this.http.query("query($n: String!) { __type(name: $n) { name kind possibleTypes { name } "
				+ "fields { name args { name } type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } }",
				Map.of("n", name))
			.path("data")
			.path("__type");
	}

	private static void assertOpaque(String field, String cursor) {
		String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		assertThat(decoded).as("%s cursor", field).doesNotContainPattern("java\\.|london\\.|\\$[A-Z]");
	}

	private List<String> rootConnections() {
		JsonNode fields = this.http
			.query("{ __schema { queryType { fields { name type { kind name ofType { name } } "
					+ "args { name } } } } }")
			.path("data")
			.path("__schema")
			.path("queryType")
			.path("fields");
		List<String> connections = new ArrayList<>();
		for (JsonNode field : fields) {
			JsonNode type = field.path("type");
			String name = type.path("name").isString() ? type.path("name").asString()
					: type.path("ofType").path("name").asString();
			boolean paged = field.path("args").valueStream().anyMatch((a) -> a.path("name").asString().equals("after"));
			if (name.endsWith("Connection") && paged) {
				connections.add(field.path("name").asString());
			}
		}
		return connections;
	}

}
