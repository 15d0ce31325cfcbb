package london.scrutiny.tracker.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Grows the seeded corpus to a multiple of itself for the benchmark: copy {@code k} of
 * every report, meeting, letter, ask, answer, programme, figure, assessment and deadline
 * revision, with every id it holds rewritten the same way ({@code pcc-2022-vawg} becomes
 * {@code pcc-2022-vawg-x3}, its ask 6 {@code pcc-2022-vawg-x3/6}), so each copy links
 * only to itself and to the shared organisations, people and themes. Dates, texts and
 * status facts are copied as they are, so every copy answers like the original.
 */
final class CorpusCloner {

	static final List<String> CLONED = List.of("documents", "asks", "responses", "programmes", "evidence",
			"assessments", "deadlineRevisions");

	private final MongoTemplate mongo;

	private final Map<String, List<Document>> originals = new LinkedHashMap<>();

	private final Set<String> askIds = new HashSet<>();

	private final Set<String> ids = new HashSet<>();

	private int copies = 1;

	CorpusCloner(MongoTemplate mongo) {
		this.mongo = mongo;
		for (String collection : CLONED) {
			List<Document> all = mongo.findAll(Document.class, collection);
			this.originals.put(collection, all);
			all.forEach((d) -> this.ids.add(String.valueOf(d.get("_id"))));
		}
		this.originals.get("asks").forEach((d) -> this.askIds.add(d.getString("_id")));
	}

	/** Adds copies until the store holds {@code scale} times the seed. */
	void growTo(int scale) {
		for (; this.copies < scale; this.copies++) {
			if (this.copies % 10 == 0) {
				System.out.printf("cloning copy %d of %d%n", this.copies, scale);
			}
			int copy = this.copies;
			for (var entry : this.originals.entrySet()) {
				List<Document> clones = new ArrayList<>();
				for (Document original : entry.getValue()) {
					Document clone = (Document) rewrite(original, copy);
					if (clone.get("referenceKey") != null) {
						clone.put("referenceKey", clone.getString("referenceKey") + "X" + copy);
					}
					clones.add(clone);
				}
				if (!clones.isEmpty()) {
					this.mongo.getCollection(entry.getKey()).insertMany(clones);
				}
			}
		}
	}

	int records() {
		return this.originals.values().stream().mapToInt(List::size).sum();
	}

	private Object rewrite(Object value, int copy) {
		if (value instanceof String text) {
			return this.ids.contains(text) ? id(text, copy) : text;
		}
		if (value instanceof Document document) {
			Document copied = new Document();
			document.forEach((key, inner) -> copied.put(key, rewrite(inner, copy)));
			return copied;
		}
		if (value instanceof List<?> list) {
			return list.stream().map((inner) -> rewrite(inner, copy)).toList();
		}
		return value;
	}

	/** An id in copy {@code k}: an ask keeps its number after its report's new id. */
	String id(String original, int copy) {
		if (this.askIds.contains(original)) {
			int slash = original.lastIndexOf('/');
			return original.substring(0, slash) + "-x" + copy + original.substring(slash);
		}
		return original + "-x" + copy;
	}

}
