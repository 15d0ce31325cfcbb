package london.scrutiny.tracker.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bson.Document;

/**
 * Merges a record that a later seed bundle gives for an id an earlier bundle already
 * defined: arrays are concatenated without repeats, absent or null fields are filled, and
 * two different values for one single-valued field stop the load, since one of the two
 * curations must be wrong.
 */
final class SeedMerge {

	private SeedMerge() {
	}

	static void into(Document target, Document addition, String where) {
		for (var entry : addition.entrySet()) {
			String field = entry.getKey();
			Object value = entry.getValue();
			Object current = target.get(field);
			if (value == null || Objects.equals(current, value)) {
				continue;
			}
			if (current == null) {
				target.put(field, value);
			}
			else if (current instanceof List<?> existing && value instanceof List<?> added) {
				List<Object> union = new ArrayList<>(existing);
				added.stream().filter((item) -> !union.contains(item)).forEach(union::add);
				target.put(field, union);
			}
			else {
				throw new IllegalStateException("Seed conflict in " + where + ": field '" + field + "' is " + current
						+ " in one bundle and " + value + " in another");
			}
		}
	}

}
