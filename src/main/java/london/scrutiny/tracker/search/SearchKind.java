package london.scrutiny.tracker.search;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.response.Response;

/**
 * What a search result is: the GraphQL type it is served as, and the collection it is
 * stored in (letters and reports share {@code documents}).
 */
public enum SearchKind {

	RECOMMENDATION("Recommendation", "asks"), RESPONSE("Response", "responses"), PROGRAMME("Programme", "programmes"),
	EVIDENCE("Evidence", "evidence"), LETTER("Letter", "documents"), REPORT("Report", "documents");

	private final String typeName;

	private final String collection;

	SearchKind(String typeName, String collection) {
		this.typeName = typeName;
		this.collection = collection;
	}

	String typeName() {
		return this.typeName;
	}

	String collection() {
		return this.collection;
	}

	/** The kind of a stored record, or null for a record search does not cover. */
	static SearchKind of(Object node) {
		if (node instanceof Ask) {
			return RECOMMENDATION;
		}
		if (node instanceof Response) {
			return RESPONSE;
		}
		if (node instanceof Programme) {
			return PROGRAMME;
		}
		if (node instanceof Evidence) {
			return EVIDENCE;
		}
		if (node instanceof SourceDocument document) {
			return document.isLetter() ? LETTER : REPORT;
		}
		return null;
	}

}
