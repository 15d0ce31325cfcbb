package london.scrutiny.tracker.store;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection's {@code _id} index on the embedded store, in the server's own map (the
 * file is unchanged), looked up faster. The server's map compares its keys by serialising
 * both with Java serialisation at every step of a search: a lookup by id cost about
 * twenty-five serialisations, and at 100 times the seed the id lookups of one dashboard
 * page were a tenth of its time. A record is stored under its id, so a string id is
 * looked up in the records themselves, whose string keys compare as strings; every other
 * id, and every check a write makes, goes to the index's map as before.
 */
final class IdIndex extends AbstractUniqueIndex<Object> {

	private final MVMap<KeyValue, Object> keys;

	private final MVMap<Object, Document> records;

	IdIndex(MVMap<KeyValue, Object> keys, MVMap<Object, Document> records, String name, List<IndexKey> fields) {
		super(name, fields, false);
		this.keys = keys;
		this.records = records;
	}

	/**
	 * Whether the index is a collection's {@code _id} index, which this one can serve.
	 */
	static boolean serves(List<IndexKey> fields, boolean sparse) {
		return !sparse && fields.size() == 1 && "_id".equals(fields.get(0).getKey());
	}

	@Override
	protected Object getPosition(KeyValue key) {
		if (key.size() == 1 && key.get(0) instanceof String id) {
			// The position of a record with a string id is the id itself.
			return this.records.containsKey(id) ? id : null;
		}
		return this.keys.get(key);
	}

	/**
	 * Whether the index holds the key, asked by the server's writes: a new record is
	 * stored before its key is added, so writes ask the index's own map.
	 */
	@Override
	protected boolean containsKey(KeyValue key) {
		return this.keys.get(key) != null;
	}

	@Override
	protected Object removeDocument(KeyValue key) {
		return this.keys.remove(key);
	}

	@Override
	protected boolean putKeyPosition(KeyValue key, Object position) {
		return this.keys.putIfAbsent(key, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
		return this.keys.entrySet();
	}

	@Override
	public long getCount() {
		return this.keys.sizeAsLong();
	}

	@Override
	public boolean isEmpty() {
		return this.keys.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

}
