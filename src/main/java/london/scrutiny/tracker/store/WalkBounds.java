package london.scrutiny.tracker.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * What a query tells an ordered walk about where its matches can be: the values its
 * filter pins the leading keys to, and the keyset position a scrolled page starts after.
 * Only conditions whose meaning in a query agrees with the sort order are read (plain
 * values, records holding arrays being kept out of the walk), so the bounds never leave
 * out a record the query matches; the walk still tests every record it reads.
 */
final class WalkBounds {

	private static final Object UNPINNED = new Object();

	private WalkBounds() {
	}

	/**
	 * The position a keyset query starts after, when its {@code $or} is exactly the one
	 * Spring's keyset scroll writes for the sort: for each key, equal on every key before
	 * it and beyond ({@code $gt} ascending, {@code $lt} descending) on that key. A record
	 * matching it comes after the position in the sort (for plain values equality and
	 * comparison in a query agree with the sort order, and arrays are kept aside), so the
	 * walk may start there.
	 */
	static Object[] keyset(Document query, SortKeys sort) {
		if (!(query.get("$or") instanceof List<?> clauses) || clauses.size() != sort.size()) {
			return null;
		}
		Object[] after = new Object[sort.size()];
		for (int i = 0; i < clauses.size(); i++) {
			if (!(clauses.get(i) instanceof Document clause) || clause.size() != i + 1) {
				return null;
			}
			for (int j = 0; j < i; j++) {
				String field = sort.fields().get(j);
				if (!clause.containsKey(field) || !Objects.equals(clause.get(field), after[j])) {
					return null;
				}
			}
			String beyond = sort.ascending().get(i) ? "$gt" : "$lt";
			if (!(clause.get(sort.fields().get(i)) instanceof Document condition) || condition.size() != 1
					|| !condition.containsKey(beyond) || !plain(condition.get(beyond))) {
				return null;
			}
			after[i] = condition.get(beyond);
		}
		return after;
	}

	/** The values the query pins the order's leading keys to, as many as it pins. */
	static Object[] pinned(Document query, SortKeys order) {
		List<Object> values = new ArrayList<>();
		for (String field : order.fields()) {
			Object value = pinned(query, field);
			if (value == UNPINNED) {
				break;
			}
			values.add(value);
		}
		return values.toArray();
	}

	/**
	 * The one value a condition of the query, or of its {@code $and}, requires the field
	 * to equal; only values whose equality in a query is equality in the sort order (with
	 * arrays kept aside): null (which matches a missing field, as null and missing sort
	 * together), strings, booleans, ids, dates and finite integers or doubles.
	 */
	private static Object pinned(Document query, String field) {
		if (query.containsKey(field)) {
			Object value = query.get(field);
			if (value instanceof Document condition) {
				if (condition.size() == 1 && condition.containsKey("$eq") && plain(condition.get("$eq"))) {
					return condition.get("$eq");
				}
			}
			else if (plain(value)) {
				return value;
			}
		}
		if (query.get("$and") instanceof Collection<?> all) {
			for (Object part : all) {
				Object value = (part instanceof Document condition) ? pinned(condition, field) : UNPINNED;
				if (value != UNPINNED) {
					return value;
				}
			}
		}
		return UNPINNED;
	}

	private static boolean plain(Object value) {
		return value == null || value instanceof String || value instanceof Boolean || value instanceof ObjectId
				|| value instanceof Instant || value instanceof Integer || value instanceof Long
				|| (value instanceof Double number && Double.isFinite(number));
	}

}
