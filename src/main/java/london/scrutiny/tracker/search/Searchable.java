package london.scrutiny.tracker.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One record as the index holds it: its kind and id, its searchable fields (name to
 * text), the reports it belongs to, and the date it is filtered by (null when it has
 * none).
 */
record Searchable(SearchKind kind, String id, Map<String, String> fields, Set<String> reportIds, LocalDate date) {

	String key() {
		return key(this.kind.collection(), this.id);
	}

	/** The index key of a stored record: its collection and id. */
	static String key(String collection, String id) {
		return collection + ":" + id;
	}

}
