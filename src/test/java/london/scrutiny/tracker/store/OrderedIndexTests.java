package london.scrutiny.tracker.store;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's ordered index answers every sorted query it serves exactly as the
 * scan path does: two collections receive the same generated records (mixed types,
 * missing fields, nulls, arrays, many ties on the first key) and the same random inserts,
 * updates, replacements and deletes, one with the declared indexes and one without, and
 * every query (both directions, skip and limit, filters, keyset conditions as Spring's
 * scroll writes them) must return the same records in the same order. The index must also
 * have served most of them, and never have needed a rebuild (which would mean a write it
 * missed).
 */
class OrderedIndexTests {

	/** Each index's order, as a sort: declared keys and then the id. */
	private static final List<Document> INDEXES = List.of(new Document("source.documentId", 1).append("_id", 1),
			new Document("reportId", 1).append("number", -1), new Document("name", -1).append("_id", -1));

	private static final List<Document> ORDERS = List.of(new Document("source.documentId", 1).append("_id", 1),
			new Document("reportId", 1).append("number", -1).append("_id", 1),
			new Document("name", -1).append("_id", -1));

	private MVStore mv;

	private EmbeddedBackend backend;

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> indexed;

	private MongoCollection<Document> scanned;

	private final Random random = new Random(20261130);

	private int nextId;

	@BeforeEach
	void start() {
		this.mv = new MVStore.Builder().open();
		this.backend = new EmbeddedBackend(this.mv);
		this.server = new MongoServer(this.backend);
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.indexed = this.client.getDatabase("test").getCollection("indexed");
		this.scanned = this.client.getDatabase("test").getCollection("scanned");
		for (int i = 0; i < INDEXES.size(); i++) {
			this.indexed.createIndex(INDEXES.get(i), new IndexOptions().name("order" + i));
		}
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
		this.mv.close();
	}

	@Test
	void sortedQueriesAnswerAsTheScanDoesThroughRandomWritesAndAreServedByTheIndex() {
		insert(records(300, false));
		int queries = 0;
		for (int round = 0; round < 300; round++) {
			write(round);
			if (round % 25 == 0) {
				// The two collections hold the same records (the test's own check).
				assertSame(new Document(), new Document("_id", 1), 0, 0);
			}
			for (int q = 0; q < 3; q++) {
				query();
				queries++;
			}
		}
		long walks = indexes("indexed").stream().mapToLong(OrderedIndex::walks).sum();
		long seeks = indexes("indexed").stream().mapToLong(OrderedIndex::seeks).sum();
		assertThat(seeks).as("queries started at their keyset position").isGreaterThan(queries / 10);
		assertThat(walks).as("queries the index served").isGreaterThan(queries / 3);
		assertThat(indexes("indexed")).allSatisfy((index) -> assertThat(index.builds()).isLessThanOrEqualTo(1));
	}

	@Test
	void aRecordWithAnArrayKeySendsQueriesToTheScanUntilItIsGone() {
		insert(records(200, false));
		Document sort = ORDERS.get(0);
		assertSame(new Document(), sort, 0, 30);
		long before = walks();
		both((c) -> c.insertOne(
				new Document("_id", "listed").append("source", new Document("documentId", List.of("doc-9", "doc-0")))));
		assertSame(new Document(), sort, 0, 30);
		assertSame(new Document(), reversed(sort), 0, 30);
		assertThat(walks()).as("walks while an array key is held").isEqualTo(before);
		both((c) -> c.updateOne(Filters.eq("_id", "listed"), Updates.set("source.documentId", "doc-9")));
		assertSame(new Document(), reversed(sort), 0, 30);
		assertThat(walks()).isEqualTo(before + 1);
	}

	@Test
	void aPageWhoseFilterMatchesFewRecordsOrAQueryWantingEveryMatchIsLeftToTheScan() {
		insert(records(400, false));
		List<Document> rare = records(2, false);
		rare.forEach((r) -> r.append("name", "rare").append("source", new Document("documentId", "doc-9")));
		insert(rare);
		Document sort = ORDERS.get(0);
		long before = walks();
		assertSame(new Document("name", "rare"), sort, 0, 5);
		assertSame(new Document(), sort, 0, 0);
		assertThat(walks()).as("walks").isEqualTo(before);
		assertSame(new Document("name", "rare"), reversed(sort), 0, 2);
		assertSame(new Document(), sort, 0, 5);
		assertThat(walks()).as("walks").isEqualTo(before + 2);
	}

	@Test
	void aRenamedCollectionKeepsItsIndexRightAndADroppedOneForgetsIt() {
		insert(records(200, false));
		Document sort = ORDERS.get(1);
		assertSame(new Document(), sort, 5, 20);
		this.indexed.renameCollection(new com.mongodb.MongoNamespace("test", "renamed"));
		this.indexed = this.client.getDatabase("test").getCollection("renamed");
		insert(records(50, false));
		both((c) -> c.deleteMany(Filters.eq("reportId", "report-1")));
		assertSame(new Document(), sort, 5, 20);
		assertThat(indexes("renamed")).allSatisfy((index) -> assertThat(index.builds()).isLessThanOrEqualTo(1));
		assertThat(indexes("renamed").stream().mapToLong(OrderedIndex::walks).sum()).isEqualTo(2);

		this.indexed.drop();
		this.indexed.createIndex(INDEXES.get(1), new IndexOptions().name("order1"));
		this.scanned.drop();
		insert(records(100, false));
		assertSame(new Document(), sort, 0, 40);
		assertSame(new Document("reportId", "report-2"), sort, 0, 10);
		assertThat(indexes("renamed").stream().mapToLong(OrderedIndex::walks).sum()).isEqualTo(2);
	}

	/** One random write, made to both collections. */
	private void write(int round) {
		String id = existingId();
		int op = this.random.nextInt(9);
		switch (op) {
			case 0, 1 -> insert(records(1 + this.random.nextInt(4), this.random.nextInt(12) == 0));
			case 2 -> {
				Object value = documentId(this.random.nextInt(15) == 0);
				both((c) -> c.updateOne(Filters.eq("_id", id), Updates.set("source.documentId", value)));
			}
			case 3 -> {
				Bson unset = this.random.nextBoolean() ? Updates.unset("source") : Updates.unset("reportId");
				both((c) -> c.updateOne(Filters.eq("_id", id), unset));
			}
			case 4 -> {
				Document replacement = record(this.random.nextInt(10) == 0).append("_id", id);
				both((c) -> c.replaceOne(Filters.eq("_id", id), replacement));
			}
			case 5 -> {
				Object report = reportId();
				Object number = number();
				both((c) -> c.updateMany(Filters.eq("reportId", report), Updates.set("number", number)));
			}
			case 6 -> both((c) -> c.deleteOne(Filters.eq("_id", id)));
			case 7 -> {
				Object name = name();
				Document sort = ORDERS.get(this.random.nextInt(ORDERS.size()));
				Document first = this.indexed.findOneAndUpdate(new Document(), Updates.set("name", name),
						new FindOneAndUpdateOptions().sort(sort));
				Document other = this.scanned.findOneAndUpdate(new Document(), Updates.set("name", name),
						new FindOneAndUpdateOptions().sort(sort));
				assertThat(first).as("round %d: first record by %s", round, sort).isEqualTo(other);
			}
			default -> {
				Object report = reportId();
				both((c) -> c.deleteMany(Filters.and(Filters.eq("reportId", report), Filters.eq("name", "n0"))));
			}
		}
	}

	/** One random query on both collections: the same records in the same order. */
	private void query() {
		Document sort = ORDERS.get(this.random.nextInt(ORDERS.size()));
		if (this.random.nextBoolean()) {
			sort = reversed(sort);
		}
		List<Document> conditions = new ArrayList<>();
		String first = sort.keySet().iterator().next();
		if (this.random.nextInt(3) == 0) {
			// The first key pinned to one value, and then perhaps left out of the sort.
			Object value = value(first);
			conditions.add(this.random.nextBoolean() ? new Document(first, value)
					: new Document(first, new Document("$eq", value)));
			if (this.random.nextBoolean()) {
				sort = new Document(sort);
				sort.remove(first);
			}
		}
		switch (this.random.nextInt(5)) {
			case 0 -> conditions.add(new Document("name", new Document("$in", List.of("n0", "n1"))));
			case 1 -> conditions.add(new Document("number", new Document("$gte", 2)));
			case 2, 3 -> conditions.add(keyset(sort));
			default -> {
				// no further condition
			}
		}
		Document filter = switch (conditions.size()) {
			case 0 -> new Document();
			case 1 -> conditions.get(0);
			// As Spring writes a filter and its keyset position: the filter's conditions
			// under $and, the position's $or beside them.
			default -> (conditions.get(1).containsKey("$or"))
					? new Document(conditions.get(1)).append("$and", List.of(conditions.get(0)))
					: new Document("$and", conditions);
		};
		int skip = (this.random.nextInt(3) == 0) ? this.random.nextInt(30) : 0;
		int limit = (this.random.nextInt(5) == 0) ? 0 : 1 + this.random.nextInt(40);
		assertSame(filter, sort, skip, limit);
	}

	private void assertSame(Document filter, Document sort, int skip, int limit) {
		List<Document> expected = this.scanned.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
		List<Document> actual = this.indexed.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
		assertThat(actual).as("find(%s).sort(%s).skip(%d).limit(%d)", filter.toJson(), sort.toJson(), skip, limit)
			.containsExactlyElementsOf(expected);
	}

	/**
	 * The condition Spring's keyset scroll adds: after an existing record, in the sort.
	 */
	private Document keyset(Document sort) {
		List<Document> some = this.scanned.find().skip(this.random.nextInt(40)).limit(1).into(new ArrayList<>());
		Document after = some.isEmpty() ? new Document() : some.get(0);
		List<String> keys = new ArrayList<>(sort.keySet());
		List<Document> or = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			Document clause = new Document();
			for (int j = 0; j < i; j++) {
				clause.append(keys.get(j), valueOf(after, keys.get(j)));
			}
			clause.append(keys.get(i),
					new Document((sort.getInteger(keys.get(i)) > 0) ? "$gt" : "$lt", valueOf(after, keys.get(i))));
			or.add(clause);
		}
		return new Document("$or", or);
	}

	private static Object valueOf(Document record, String path) {
		Object value = record;
		for (String part : path.split("\\.")) {
			value = (value instanceof Document d) ? d.get(part) : null;
		}
		return value;
	}

	private static Document reversed(Document sort) {
		Document reversed = new Document();
		sort.forEach((field, direction) -> reversed.append(field, -((Integer) direction)));
		return reversed;
	}

	private Object value(String field) {
		return switch (field) {
			case "source.documentId" -> documentId(false);
			case "reportId" -> reportId();
			case "name" -> name();
			default -> existingId();
		};
	}

	private String existingId() {
		return "r" + this.random.nextInt(Math.max(1, this.nextId));
	}

	private void insert(List<Document> records) {
		both((c) -> c.insertMany(records.stream().map(Document::new).toList()));
	}

	private void both(Consumer<MongoCollection<Document>> write) {
		write.accept(this.indexed);
		write.accept(this.scanned);
	}

	private List<Document> records(int count, boolean arrays) {
		List<Document> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			records.add(record(arrays && i == 0).append("_id", "r" + this.nextId++));
		}
		return records;
	}

	/** A record with few distinct values (many ties), some fields missing or null. */
	private Document record(boolean array) {
		Document record = new Document();
		switch (this.random.nextInt(8)) {
			case 0 -> {
				// no source at all
			}
			case 1 -> record.append("source", new Document("quote", "q"));
			default -> record.append("source", new Document("documentId", documentId(array)));
		}
		if (this.random.nextInt(5) > 0) {
			record.append("reportId", reportId());
		}
		record.append("number", number());
		if (this.random.nextInt(6) > 0) {
			record.append("name", name());
		}
		return record;
	}

	private Object documentId(boolean array) {
		if (array) {
			return List.of("doc-" + this.random.nextInt(5), "doc-" + this.random.nextInt(5));
		}
		return switch (this.random.nextInt(10)) {
			case 0 -> null;
			case 1 -> this.random.nextInt(3);
			case 2 -> 2.0;
			case 3 -> (long) this.random.nextInt(3);
			default -> "doc-" + this.random.nextInt(5);
		};
	}

	private Object reportId() {
		return (this.random.nextInt(8) == 0) ? null : "report-" + this.random.nextInt(3);
	}

	private Object number() {
		return switch (this.random.nextInt(4)) {
			case 0 -> this.random.nextInt(5);
			case 1 -> this.random.nextInt(5) + 0.5;
			case 2 -> (long) this.random.nextInt(5);
			default -> "n" + this.random.nextInt(3);
		};
	}

	private Object name() {
		return (this.random.nextInt(10) == 0) ? Boolean.TRUE : "n" + this.random.nextInt(4);
	}

	private long walks() {
		return indexes("indexed").stream().mapToLong(OrderedIndex::walks).sum();
	}

	private List<OrderedIndex> indexes(String collection) {
		return this.backend.resolveDatabase("test")
			.resolveCollection(collection, true)
			.getIndexes()
			.stream()
			.filter(OrderedIndex.class::isInstance)
			.map(OrderedIndex.class::cast)
			.toList();
	}

}
