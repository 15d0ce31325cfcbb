package london.scrutiny.tracker.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bson.Document;

/**
 * Walks every value nested in the seed's records, so a check over "every quote" or "every
 * id reference" reaches sources inside funding lines, commitments, roles and notes as
 * well as the top-level ones.
 */
final class SeedWalk {

	private SeedWalk() {
	}

	/**
	 * A value found in a record: where it is (collection, record id, dotted path) and the
	 * value itself.
	 */
	record Found(String collection, Object recordId, String path, String field, Object value) {

		String where() {
			return this.collection + " " + this.recordId + " " + this.path;
		}

	}

	/**
	 * A verbatim source: any nested object with a {@code documentId} and a {@code quote}.
	 */
	record SourceQuote(String collection, Object recordId, String path, String documentId, String quote) {

		String where() {
			return this.collection + " " + this.recordId + " " + this.path;
		}

	}

	/**
	 * Visits every field of every record, depth first, lists and nested objects included.
	 */
	static void everyField(CuratedSeed seed, Consumer<Found> visitor) {
		seed.everyRecord().forEach((stored) -> visit(stored.collection(), stored.id(), "", stored.record(), visitor));
	}

	/** Every source quote in the seed. */
	static List<SourceQuote> everySourceQuote(CuratedSeed seed) {
		List<SourceQuote> quotes = new ArrayList<>();
		everyField(seed, (found) -> {
			if (found.value() instanceof Document object && object.containsKey("documentId")
					&& object.containsKey("quote")) {
				quotes.add(new SourceQuote(found.collection(), found.recordId(), found.path(),
						object.getString("documentId"), object.getString("quote")));
			}
		});
		return quotes;
	}

	private static void visit(String collection, Object id, String path, Object value, Consumer<Found> visitor) {
		if (value instanceof Document object) {
			for (Map.Entry<String, Object> field : object.entrySet()) {
				String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
				visitor.accept(new Found(collection, id, fieldPath, field.getKey(), field.getValue()));
				visit(collection, id, fieldPath, field.getValue(), visitor);
			}
		}
		else if (value instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				Object item = items.get(i);
				if (item instanceof Document || item instanceof List<?>) {
					visitor.accept(new Found(collection, id, path + "[" + i + "]", null, item));
					visit(collection, id, path + "[" + i + "]", item, visitor);
				}
			}
		}
	}

}
