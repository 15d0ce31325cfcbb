package london.scrutiny.tracker.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A sort order of the embedded server's: the fields, each ascending or descending, read
 * from a record as the server reads them (a dotted path, an array's values collected) and
 * compared by the server's own value order (MongoDB's order across types, missing fields
 * equal to null, an array by its least value ascending and its greatest descending). One
 * definition for the sorted scan and the ordered index, so the two cannot disagree.
 */
final class SortKeys {

	private final List<String> fields;

	private final List<Boolean> ascending;

	private final List<Comparator<Object>> orders;

	SortKeys(List<String> fields, List<Boolean> ascending) {
		this.fields = List.copyOf(fields);
		this.ascending = List.copyOf(ascending);
		this.orders = ascending.stream()
			.map((up) -> (Comparator<Object>) (up ? ValueComparator.asc() : ValueComparator.desc()))
			.toList();
	}

	/**
	 * The order a query's {@code orderBy} names ({@code 1} ascending, {@code -1}
	 * descending), or null when it names something else (a {@code $meta} sort).
	 */
	static SortKeys of(Document orderBy) {
		List<String> fields = new ArrayList<>();
		List<Boolean> ascending = new ArrayList<>();
		for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
			if (!(entry.getValue() instanceof Number direction) || entry.getKey().startsWith("$")) {
				return null;
			}
			fields.add(entry.getKey());
			ascending.add(direction.intValue() > 0);
		}
		return new SortKeys(fields, ascending);
	}

	List<String> fields() {
		return this.fields;
	}

	List<Boolean> ascending() {
		return this.ascending;
	}

	int size() {
		return this.fields.size();
	}

	/** The same fields, each in the other direction. */
	SortKeys reversed() {
		return new SortKeys(this.fields, this.ascending.stream().map((up) -> !up).toList());
	}

	/** The last {@code size() - from} fields. */
	SortKeys from(int from) {
		return new SortKeys(this.fields.subList(from, size()), this.ascending.subList(from, size()));
	}

	/** The record's value of each field, as the server reads it for a sort. */
	Object[] read(Document document) {
		Object[] values = new Object[this.fields.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = Utils.getSubdocumentValueCollectionAware(document, this.fields.get(i));
		}
		return values;
	}

	/** Compares two records' values, field by field, each in its direction. */
	int compare(Object[] a, Object[] b) {
		for (int i = 0; i < this.orders.size(); i++) {
			int cmp = this.orders.get(i).compare(a[i], b[i]);
			if (cmp != 0) {
				return cmp;
			}
		}
		return 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SortKeys keys && this.fields.equals(keys.fields)
				&& this.ascending.equals(keys.ascending);
	}

	@Override
	public int hashCode() {
		return this.fields.hashCode() * 31 + this.ascending.hashCode();
	}

	@Override
	public String toString() {
		return this.fields + " " + this.ascending;
	}

}
