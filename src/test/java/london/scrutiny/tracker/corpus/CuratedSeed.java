package london.scrutiny.tracker.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import london.scrutiny.tracker.store.SeedLoader;
import org.bson.Document;

/**
 * The merged seed exactly as the application loads it (every bundle under
 * {@code mongo-init/seed}, read from the classpath and merged by
 * {@link SeedLoader#readSeed()}), with the corpus text on each document that has one.
 * Read once per test run.
 */
final class CuratedSeed {

	private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

	private static CuratedSeed loaded;

	private final Map<String, Map<Object, Document>> collections;

	private CuratedSeed(Map<String, Map<Object, Document>> collections) {
		this.collections = collections;
	}

	/**
	 * The merged seed. The loader needs its store only to insert, so reading needs none.
	 */
	static synchronized CuratedSeed get() {
		if (loaded == null) {
			loaded = new CuratedSeed(new SeedLoader(null, null, true).readSeed());
		}
		return loaded;
	}

	Map<String, Map<Object, Document>> collections() {
		return this.collections;
	}

	Collection<Document> records(String collection) {
		return this.collections.getOrDefault(collection, Map.of()).values();
	}

	Document record(String collection, Object id) {
		return this.collections.getOrDefault(collection, Map.of()).get(id);
	}

	boolean contains(String collection, Object id) {
		return record(collection, id) != null;
	}

	/** Every record of every collection, with the collection it belongs to. */
	Stream<Stored> everyRecord() {
		return this.collections.entrySet()
			.stream()
			.flatMap((c) -> c.getValue().values().stream().map((r) -> new Stored(c.getKey(), r)));
	}

	/** The corpus text of a document, or null when the corpus does not hold it. */
	String text(String documentId) {
		Document document = record("documents", documentId);
		return (document != null) ? document.getString("text") : null;
	}

	/** The documents the corpus holds the text of, in seed order. */
	List<Document> documentsWithText() {
		return records("documents").stream().filter((d) -> d.getString("text") != null).toList();
	}

	/** The evidence a document states (its records' {@code source.documentId}). */
	List<Document> evidenceOf(String documentId) {
		return records("evidence").stream()
			.filter((e) -> Objects.equals(documentId, e.get("source", Document.class).getString("documentId")))
			.toList();
	}

	/** Text with every run of whitespace (tabs, line breaks) collapsed to one space. */
	static String collapseWhitespace(String text) {
		return WHITESPACE_RUN.matcher(text).replaceAll(" ");
	}

	@SuppressWarnings("unchecked")
	static List<Document> documents(Document record, String field) {
		Object value = record.get(field);
		return (value instanceof List<?> list) ? (List<Document>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Document record, String field) {
		Object value = record.get(field);
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	/** A record and the collection that holds it. */
	record Stored(String collection, Document record) {

		Object id() {
			return this.record.get("_id");
		}

	}

}
