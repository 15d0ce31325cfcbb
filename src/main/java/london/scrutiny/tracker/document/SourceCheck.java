package london.scrutiny.tracker.document;

import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.Inputs;
import london.scrutiny.tracker.support.Text;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A source given to the write API must name a stored document, and quote it verbatim
 * where its text is held.
 */
@Component
public class SourceCheck {

	private final MongoTemplate mongo;

	public SourceCheck(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void check(Checks checks, Inputs.SourceInput source, String field) {
		check(checks, source, field, null);
	}

	/**
	 * Checks a source that may cite the document being recorded by the same write, not
	 * stored yet ({@code pending}, or null).
	 */
	public void check(Checks checks, Inputs.SourceInput source, String field, Pending pending) {
		Document document = (pending != null && pending.documentId().equals(source.documentId()))
				? new Document("_id", pending.documentId()).append("text", pending.text())
				: (source.documentId() != null) ? this.mongo.findOne(Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(source.documentId())),
						Document.class, "documents") : null;
		checks.require(document != null, field + ".documentId",
				"no document has the id '" + source.documentId() + "'.");
		checks.text(source.quote(), field + ".quote", 5000);
		String text = (document != null) ? document.getString("text") : null;
		checks.require(
				text == null || source.quote() == null
						|| Text.normaliseSpace(text).contains(Text.normaliseSpace(source.quote())),
				field + ".quote",
				"does not appear verbatim in " + source.documentId() + "; copy the sentence exactly.");
	}

	/** A document written in the same request as what cites it. */
	public record Pending(String documentId, String text) {
	}

}
