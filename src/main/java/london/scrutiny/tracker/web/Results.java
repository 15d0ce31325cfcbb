package london.scrutiny.tracker.web;

import java.util.List;
import java.util.Map;

/** Reading a query's data: records are maps, lists are lists, connections have edges. */
final class Results {

	private Results() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	/** The nodes of a connection. */
	static List<Map<String, Object>> nodes(Object connection) {
		Map<String, Object> c = map(connection);
		return (c == null) ? List.of() : list(c.get("edges")).stream().map((e) -> map(e.get("node"))).toList();
	}

}
