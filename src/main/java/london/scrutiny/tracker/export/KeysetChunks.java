package london.scrutiny.tracker.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The records of an export's query, read as a series of short queries of at most
 * {@code size} records each: every chunk is the records after the last one read, in the
 * query's order (which ends on {@code _id}, so the order is total). Only one chunk is
 * held at a time, whatever the server does with a long cursor: the embedded server
 * materialises a find's whole result before returning its first batch and keeps it for
 * the cursor's life, so one cursor over a large export would hold it all. On a real
 * MongoDB no cursor stays open while a slow client reads, so a long download is never cut
 * by the server's idle-cursor timeout.
 * <p>
 * The keyset follows MongoDB's sort order, in which a missing or null value comes before
 * any other: ascending, "after null" is any non-null value; descending, null comes last.
 * A record written while an export runs appears if it sorts after the chunk being read
 * and not if before, as with any paging by keyset; none is read twice or skipped.
 */
final class KeysetChunks implements Iterator<Document> {

	private final MongoTemplate mongo;

	private final Query query;

	private final String collection;

	private final List<Sort.Order> orders;

	private final int size;

	private Iterator<Document> chunk = List.<Document>of().iterator();

	private Document last;

	private boolean exhausted;

	private KeysetChunks(MongoTemplate mongo, Query query, String collection, int size) {
		this.mongo = mongo;
		this.query = query;
		this.collection = collection;
		this.orders = query.getSortObject()
			.entrySet()
			.stream()
			.map((e) -> ((Number) e.getValue()).intValue() < 0 ? Sort.Order.desc(e.getKey())
					: Sort.Order.asc(e.getKey()))
			.toList();
		if (this.orders.isEmpty() || !this.orders.get(this.orders.size() - 1).getProperty().equals("_id")) {
			throw new IllegalArgumentException("An export's order must end on _id, so that it is total: " + query);
		}
		this.size = size;
	}

	/** The records {@code query} matches, in its order, read {@code size} at a time. */
	static Stream<Document> stream(MongoTemplate mongo, Query query, String collection, int size) {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
				new KeysetChunks(mongo, query, collection, size), Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	@Override
	public boolean hasNext() {
		if (!this.chunk.hasNext() && !this.exhausted) {
			List<Document> next = this.mongo.find(nextChunk(), Document.class, this.collection);
			this.exhausted = next.size() < this.size;
			this.chunk = next.iterator();
		}
		return this.chunk.hasNext();
	}

	@Override
	public Document next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		this.last = this.chunk.next();
		return this.last;
	}

	/** The query of the next chunk: the export's, after the last record read. */
	private Query nextChunk() {
		Document criteria = this.query.getQueryObject();
		if (this.last != null) {
			criteria = new Document("$and", List.of(criteria, after(this.last)));
		}
		Query chunk = new BasicQuery(criteria, this.query.getFieldsObject()).limit(this.size);
		return chunk.with(Sort.by(this.orders));
	}

	/**
	 * Records after {@code record} in the order: for some key, equal on every key before
	 * it and after it on that key.
	 */
	private Document after(Document record) {
		List<Document> branches = new ArrayList<>();
		List<Document> equal = new ArrayList<>();
		for (Sort.Order order : this.orders) {
			Object value = value(record, order.getProperty());
			Document beyond = beyond(order, value);
			if (beyond != null) {
				List<Document> branch = new ArrayList<>(equal);
				branch.add(beyond);
				branches.add((branch.size() == 1) ? branch.get(0) : new Document("$and", branch));
			}
			equal.add(new Document(order.getProperty(), value));
		}
		return new Document("$or", branches);
	}

	/** Records whose {@code order} key comes after {@code value}; null if none can. */
	private static Document beyond(Sort.Order order, Object value) {
		String key = order.getProperty();
		if (order.isAscending()) {
			return new Document(key, new Document((value == null) ? "$ne" : "$gt", value));
		}
		if (value == null) {
			return null;
		}
		return new Document("$or", List.of(new Document(key, new Document("$lt", value)), new Document(key, null)));
	}

	/** The value at a dotted path of a stored record, null where missing. */
	private static Object value(Document record, String path) {
		Object value = record;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Document document)) {
				return null;
			}
			value = document.get(part);
		}
		return value;
	}

}
