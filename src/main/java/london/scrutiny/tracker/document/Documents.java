package london.scrutiny.tracker.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;
import london.scrutiny.tracker.support.RequestMemo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Looks up the documents a batch of records points at, in one query. */
@Component
public class Documents {

	private final MongoTemplate mongo;

	public Documents(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The date of each document, read without its text; undated documents are left out.
	 */
	public Map<String, LocalDate> dates(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Query query = new Query(Criteria.where("_id").in(ids));
		query.fields().include("_id").include("date");
		Map<String, LocalDate> dates = new HashMap<>();
		this.mongo.find(query, org.bson.Document.class, "documents").forEach((d) -> {
			Object date = d.get("date");
			if (date != null) {
				dates.put(String.valueOf(d.get("_id")), LocalDate.parse(date.toString()));
			}
		});
		return dates;
	}

	/**
	 * Maps each key to the document its id points at, read without its text (the
	 * {@code text} field reads it, {@link DocumentTexts}).
	 */
	public <K> Map<K, SourceDocument> byIds(Collection<K> keys, Function<K, String> idOf) {
		return byIds(keys, idOf, null);
	}

	/**
	 * The same, sharing what the request has read already (see {@link RequestMemo}):
	 * within one query an ask's report, its answers' letters and its status all need the
	 * same documents.
	 */
	public <K> Map<K, SourceDocument> byIds(Collection<K> keys, Function<K, String> idOf, Object requestContext) {
		return Batches.one(keys, idOf, (ids) -> withoutText(ids, requestContext).values(), SourceDocument::id);
	}

	/**
	 * Maps each key to the documents its ids point at, in the order it names them, read
	 * without their text as {@link #byIds(Collection, Function, Object)} reads them.
	 */
	public <K> Map<K, List<SourceDocument>> allByIds(Collection<K> keys, Function<K, List<String>> idsOf,
			Object requestContext) {
		return Batches.many(keys, idsOf, (ids) -> withoutText(ids, requestContext).values(), SourceDocument::id);
	}

	/** The letters that answer any of the reports or meetings, without their text. */
	public List<SourceDocument> lettersAnswering(Collection<String> reportIds) {
		Query query = new Query(
				Criteria.where("kind").is(DocumentKind.LETTER.name()).and("inReplyTo.documentIds").in(reportIds));
		query.fields().exclude("text");
		return this.mongo.find(query, SourceDocument.class);
	}

	/**
	 * The document of the kind whose reference, normalised, is the key; with its text.
	 */
	public Optional<SourceDocument> byReference(String referenceKey, DocumentKind kind) {
		Query query = new Query(Criteria.where("referenceKey").is(referenceKey).and("kind").is(kind.name()));
		return Optional.ofNullable(this.mongo.findOne(query, SourceDocument.class));
	}

	/**
	 * The documents with the given ids, without their text, reading only those the
	 * request has not read yet.
	 */
	public Map<String, SourceDocument> withoutText(Collection<String> ids, Object requestContext) {
		Map<String, SourceDocument> memo = RequestMemo.of(requestContext, SourceDocument.class);
		List<String> missing = ids.stream().filter((id) -> id != null && !memo.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			Query query = new Query(Criteria.where("_id").in(missing));
			query.fields().exclude("text");
			this.mongo.find(query, SourceDocument.class).forEach((d) -> memo.put(d.id(), d));
		}
		Map<String, SourceDocument> found = new HashMap<>();
		ids.forEach((id) -> {
			SourceDocument document = (id != null) ? memo.get(id) : null;
			if (document != null) {
				found.put(id, document);
			}
		});
		return found;
	}

}
