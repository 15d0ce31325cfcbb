package london.scrutiny.tracker.document;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;

import org.springframework.stereotype.Component;

/** Looks up the documents a batch of records points at, in one query. */
@Component
public class Documents {

	private final DocumentRepository documents;

	public Documents(DocumentRepository documents) {
		this.documents = documents;
	}

	/** Maps each key to the document its id points at. */
	public <K> Map<K, SourceDocument> byIds(Collection<K> keys, Function<K, String> idOf) {
		return Batches.one(keys, idOf, this.documents::findByIdIn, SourceDocument::id);
	}

}
