package london.scrutiny.tracker.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A query that is a list of strings one top-level field must be in ({@code {askId: {$in:
 * [...]}}}), as batch reads of answers, assessments and revisions by ask are. The server
 * compares every record with every listed value; a set answers the same in one lookup.
 * Other queries (other value types, dotted paths, further conditions) are not recognised
 * and keep the server's own matching.
 */
record StringInList(String field, Set<String> values) {

	/** The list the query is, or null if it is anything else. */
	static StringInList of(Document query) {
		if (query.size() != 1) {
			return null;
		}
		Map.Entry<String, Object> only = query.entrySet().iterator().next();
		String field = only.getKey();
		if (field.startsWith("$") || field.contains(".") || !(only.getValue() instanceof Document condition)
				|| condition.size() != 1 || !(condition.get("$in") instanceof Collection<?> listed)) {
			return null;
		}
		Set<String> values = new HashSet<>();
		for (Object value : listed) {
			if (!(value instanceof String text)) {
				return null;
			}
			values.add(text);
		}
		return new StringInList(field, values);
	}

	/**
	 * Whether the record matches, as the server matches {@code $in}: the field's value,
	 * or any element of an array value, equals a listed string (a missing field, null, a
	 * number or a sub-document never does). Null for an array holding arrays, which the
	 * server matches by rules of its own: such a record is left to the server.
	 */
	Boolean decide(Document record) {
		Object value = record.get(this.field);
		if (value instanceof String text) {
			return this.values.contains(text);
		}
		if (value instanceof Collection<?> elements) {
			boolean found = false;
			for (Object element : elements) {
				if (element instanceof Collection<?>) {
					return null;
				}
				found = found || (element instanceof String text && this.values.contains(text));
			}
			return found;
		}
		return false;
	}

}
