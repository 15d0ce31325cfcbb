package london.scrutiny.tracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AskIds;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.VisibleResponses;
import london.scrutiny.tracker.support.RequestDeadline;
import london.scrutiny.tracker.support.Text;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Literal text search. The embedded store has no {@code $text} index, so each collection
 * is matched with a quoted, case-insensitive pattern, and the hits are grouped by kind in
 * a fixed order.
 */
@Service
public class SearchService {

	private static final int SNIPPET_CONTEXT = 60;

	private final MongoTemplate mongo;

	private final VisibleResponses visible;

	public SearchService(MongoTemplate mongo, VisibleResponses visible) {
		this.mongo = mongo;
		this.visible = visible;
	}

	public List<SearchHit> search(String text) {
		Pattern pattern = Text.literal("text", text);
		List<SearchHit> hits = new ArrayList<>();
		collect(hits, pattern, Ask.class, Comparator.comparing(Ask::id, AskIds.NATURAL),
				Map.of("text", Ask::text, "title", Ask::title));
		List<SearchHit> answers = new ArrayList<>();
		collect(answers, pattern, Response.class, Comparator.comparing(Response::id), Map.of("text", Response::text));
		List<Response> visibleAnswers = this.visible.of(answers.stream().map((h) -> (Response) h.node()).toList());
		answers.stream().filter((h) -> visibleAnswers.contains(h.node())).forEach(hits::add);
		collect(hits, pattern, Programme.class, Comparator.comparing(Programme::name), Map.of("name", Programme::name,
				"aliases", (p) -> String.join("; ", p.aliases()), "description", Programme::description));
		collect(hits, pattern, Evidence.class, Comparator.comparing(Evidence::id),
				Map.of("statement", Evidence::statement, "source.quote", (e) -> e.source().quote()));
		List<SearchHit> documents = new ArrayList<>();
		collect(documents, pattern, SourceDocument.class,
				Comparator.comparing(SourceDocument::isLetter).reversed().thenComparing(SourceDocument::id),
				Map.of("title", SourceDocument::title, "reference", SourceDocument::reference, "text",
						SourceDocument::text));
		hits.addAll(documents);
		return hits;
	}

	private <T> void collect(List<SearchHit> hits, Pattern pattern, Class<T> type, Comparator<T> order,
			Map<String, Function<T, String>> fields) {
		Criteria[] any = fields.keySet().stream().map((f) -> Criteria.where(f).regex(pattern)).toArray(Criteria[]::new);
		List<T> found = new ArrayList<>(this.mongo.find(new Query(new Criteria().orOperator(any)), type));
		found.sort(order);
		List<String> fieldOrder = fields.keySet().stream().sorted(SearchService::fieldRank).toList();
		for (T item : found) {
			RequestDeadline.check();
			for (String field : fieldOrder) {
				String value = fields.get(field).apply(item);
				Matcher match = (value != null) ? pattern.matcher(value) : null;
				if (match != null && match.find()) {
					hits.add(new SearchHit(item, field, snippet(value, match.start(), match.end())));
					break;
				}
			}
		}
	}

	/**
	 * Shorter, more specific fields first: a name match says more than a match deep in a
	 * full text.
	 */
	private static int fieldRank(String a, String b) {
		List<String> rank = List.of("name", "title", "reference", "aliases", "statement", "text", "description",
				"source.quote");
		return Integer.compare(rank.indexOf(a), rank.indexOf(b));
	}

	private static String snippet(String value, int start, int end) {
		int from = Math.max(0, start - SNIPPET_CONTEXT);
		int to = Math.min(value.length(), end + SNIPPET_CONTEXT);
		return (from > 0 ? "…" : "") + Text.normaliseSpace(value.substring(from, to))
				+ (to < value.length() ? "…" : "");
	}

	static boolean isLetter(Object node) {
		return node instanceof SourceDocument d && d.kind() == DocumentKind.LETTER;
	}

}
