package london.scrutiny.tracker.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.response.Response;

/**
 * The fields search reads in each kind of record, and how much a match in each counts.
 * One definition serves the index, the query and the highlights.
 */
final class SearchFields {

	/**
	 * Every searchable field, shorter and more specific first: a match in a name says
	 * more than one deep in a full text, so highlights are listed in this order.
	 */
	static final List<String> ALL = List.of("name", "title", "reference", "aliases", "statement", "text", "description",
			"source.quote");

	private static final Map<String, Float> BOOSTS = Map.of("name", 3f, "title", 3f, "reference", 3f, "aliases", 2f,
			"statement", 1.5f);

	private SearchFields() {
	}

	static float boost(String field) {
		return BOOSTS.getOrDefault(field, 1f);
	}

	static Map<String, Float> boosts() {
		Map<String, Float> all = new LinkedHashMap<>();
		ALL.forEach((f) -> all.put(f, boost(f)));
		return all;
	}

	/**
	 * The searchable fields of a record, in {@link #ALL} order, those without text left
	 * out.
	 */
	static Map<String, String> of(Object node) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (node instanceof Ask ask) {
			put(fields, "title", ask.title());
			put(fields, "text", ask.text());
		}
		else if (node instanceof Response response) {
			put(fields, "text", response.text());
		}
		else if (node instanceof Programme programme) {
			put(fields, "name", programme.name());
			put(fields, "aliases", String.join("; ", programme.aliases()));
			put(fields, "description", programme.description());
		}
		else if (node instanceof Evidence evidence) {
			put(fields, "statement", evidence.statement());
			put(fields, "source.quote", (evidence.source() != null) ? evidence.source().quote() : null);
		}
		else if (node instanceof SourceDocument document) {
			put(fields, "title", document.title());
			put(fields, "reference", document.reference());
			put(fields, "text", document.text());
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		ALL.stream().filter(fields::containsKey).forEach((f) -> ordered.put(f, fields.get(f)));
		return ordered;
	}

	private static void put(Map<String, String> fields, String name, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(name, value);
		}
	}

}
