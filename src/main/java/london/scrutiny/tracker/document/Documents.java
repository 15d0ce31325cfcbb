package london.scrutiny.tracker.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Looks up the documents a batch of records points at, in one query. */
@Component
public class Documents {

	private final DocumentRepository documents;

	private final MongoTemplate mongo;

	public Documents(DocumentRepository documents, MongoTemplate mongo) {
		this.documents = documents;
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

	/** Maps each key to the document its id points at. */
	public <K> Map<K, SourceDocument> byIds(Collection<K> keys, Function<K, String> idOf) {
		return Batches.one(keys, idOf, this.documents::findByIdIn, SourceDocument::id);
	}

}
