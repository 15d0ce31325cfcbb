package london.scrutiny.tracker.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Documents' full texts, for the fields that show them. Lists and lookups read documents
 * without their text (a letter's text is most of its size); the text is read here, for a
 * batch of documents at once, only when a query asks for it.
 */
@Component
public class DocumentTexts {

	private final MongoTemplate mongo;

	public DocumentTexts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Each document's text (documents without one are left out). */
	public Map<SourceDocument, String> of(List<SourceDocument> documents) {
		Map<String, String> texts = new HashMap<>();
		List<String> missing = documents.stream()
			.filter((d) -> d.text() == null)
			.map(SourceDocument::id)
			.distinct()
			.toList();
		if (!missing.isEmpty()) {
			Query query = new Query(Criteria.where("_id").in(missing));
			query.fields().include("_id").include("text");
			this.mongo.find(query, Document.class, "documents")
				.forEach((d) -> texts.put(d.getString("_id"), d.getString("text")));
		}
		Map<SourceDocument, String> result = new HashMap<>();
		for (SourceDocument document : documents) {
			String text = (document.text() != null) ? document.text() : texts.get(document.id());
			if (text != null) {
				result.put(document, text);
			}
		}
		return result;
	}

}
