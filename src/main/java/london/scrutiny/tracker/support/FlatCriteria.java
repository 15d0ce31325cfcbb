package london.scrutiny.tracker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A condition built from nested {@code $and}s, written as one document: every condition
 * side by side (MongoDB's implicit and), and only a field that is conditioned twice kept
 * in an {@code $and}. It selects the same records; the store just matches each record
 * against one level of conditions instead of walking a tree of them for every record of
 * the collection.
 */
public final class FlatCriteria implements CriteriaDefinition {

	private static final String AND = "$and";

	private static final String OR = "$or";

	private final Document condition;

	private FlatCriteria(Document condition) {
		this.condition = condition;
	}

	/** A query for the same records as the criteria. */
	public static Query query(Criteria criteria) {
		return new Query(new FlatCriteria(flat(criteria.getCriteriaObject())));
	}

	/**
	 * The same condition with its nested {@code $and}s spliced into one level. A field
	 * conditioned twice, and any {@code $or}, stay in one {@code $and} beside it: keyset
	 * paging adds its own conditions to a top-level {@code $or}.
	 */
	static Document flat(Document condition) {
		List<Map.Entry<String, Object>> parts = new ArrayList<>();
		collect(condition, parts);
		Document flat = new Document();
		List<Document> nested = new ArrayList<>();
		for (Map.Entry<String, Object> part : parts) {
			if (OR.equals(part.getKey()) || flat.containsKey(part.getKey())) {
				nested.add(new Document(part.getKey(), part.getValue()));
			}
			else {
				flat.put(part.getKey(), part.getValue());
			}
		}
		if (!nested.isEmpty()) {
			Object empty = flat.remove(AND);
			if (empty != null) {
				nested.add(new Document(AND, empty));
			}
			flat.put(AND, nested);
		}
		return flat;
	}

	private static void collect(Document condition, List<Map.Entry<String, Object>> parts) {
		for (Map.Entry<String, Object> entry : condition.entrySet()) {
			// An empty $and is an error MongoDB reports; it is kept for it to report.
			if (AND.equals(entry.getKey()) && entry.getValue() instanceof List<?> all && !all.isEmpty()
					&& all.stream().allMatch(Document.class::isInstance)) {
				all.forEach((c) -> collect((Document) c, parts));
			}
			else {
				parts.add(Map.entry(entry.getKey(), entry.getValue()));
			}
		}
	}

	@Override
	public Document getCriteriaObject() {
		return this.condition;
	}

	@Override
	public String getKey() {
		return AND;
	}

}
