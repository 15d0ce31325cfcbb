package london.scrutiny.tracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.RequestDeadline;
import london.scrutiny.tracker.support.Text;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.LongPoint;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Ranked full-text search: the index finds and orders the page, the store gives the
 * records on it, and each is highlighted where it matched.
 */
@Service
public class SearchService {

	private static final Map<SearchKind, Class<?>> TYPES = Map.of(SearchKind.RECOMMENDATION, Ask.class,
			SearchKind.RESPONSE, Response.class, SearchKind.PROGRAMME, Programme.class, SearchKind.EVIDENCE,
			Evidence.class, SearchKind.LETTER, SourceDocument.class, SearchKind.REPORT, SourceDocument.class);

	private final SearchIndex index;

	private final MongoTemplate mongo;

	private final Paging paging;

	SearchService(SearchIndex index, MongoTemplate mongo, Paging paging) {
		this.index = index;
		this.mongo = mongo;
		this.paging = paging;
	}

	public PageConnection<SearchHit> search(String text, SearchSyntax syntax, SearchFilter filter, PageRequest page) {
		SearchQueries.Parsed query = SearchQueries.of(Text.checked("text", text),
				(syntax != null) ? syntax : SearchSyntax.WORDS);
		long start = this.paging.offset(page);
		SearchIndex.Found found;
		try {
			found = this.index.search(filtered(query.search(), (filter != null) ? filter : SearchFilter.NONE), start,
					page.size());
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidInputException("text", "'text' expands to more than " + IndexSearcher.getMaxClauseCount()
					+ " terms (a wildcard too near the start of a word?). Make it more specific.");
		}
		Map<SearchKind, Map<String, Object>> records = load(found.hits());
		List<SearchHit> hits = new ArrayList<>();
		for (SearchIndex.Hit hit : found.hits()) {
			RequestDeadline.check();
			Object node = records.get(hit.kind()).get(hit.id());
			if (node != null) {
				List<Fragment> highlights = Highlights.of(node, query.marks());
				if (highlights.isEmpty()) {
					Fragment opening = Highlights.opening(node);
					highlights = (opening != null) ? List.of(opening) : List.of();
				}
				hits.add(new SearchHit(node, hit.score(), highlights));
			}
		}
		return this.paging.window(hits, start, found.total(), page);
	}

	private static Query filtered(Query query, SearchFilter filter) {
		BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.MUST);
		if (!filter.kind().isEmpty()) {
			all.add(anyOf(SearchIndex.KIND, filter.kind().stream().map(Enum::name).toList()), Occur.FILTER);
		}
		if (!filter.reportId().isEmpty()) {
			all.add(anyOf(SearchIndex.REPORT, filter.reportId()), Occur.FILTER);
		}
		if (filter.from() != null || filter.to() != null) {
			LocalDate from = (filter.from() != null) ? filter.from() : LocalDate.MIN;
			LocalDate to = (filter.to() != null) ? filter.to() : LocalDate.MAX;
			if (from.isAfter(to)) {
				throw new InvalidInputException("filter.to", "'filter.from' (" + from + ") is after 'filter.to' (" + to
						+ "): no date is in that range. Swap them, or leave one out.");
			}
			all.add(LongPoint.newRangeQuery(SearchIndex.DATE, from.toEpochDay(), to.toEpochDay()), Occur.FILTER);
		}
		return all.build();
	}

	private static Query anyOf(String field, List<String> values) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		values.forEach((value) -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
		return any.build();
	}

	/** The records of a page, read from the store in one query per kind. */
	private Map<SearchKind, Map<String, Object>> load(List<SearchIndex.Hit> hits) {
		Map<SearchKind, List<String>> ids = new EnumMap<>(SearchKind.class);
		hits.forEach((hit) -> ids.computeIfAbsent(hit.kind(), (k) -> new ArrayList<>()).add(hit.id()));
		Map<SearchKind, Map<String, Object>> records = new EnumMap<>(SearchKind.class);
		for (SearchKind kind : SearchKind.values()) {
			Map<String, Object> byId = new HashMap<>();
			List<String> wanted = ids.getOrDefault(kind, List.of());
			if (!wanted.isEmpty()) {
				this.mongo
					.find(new org.springframework.data.mongodb.core.query.Query(Criteria.where("_id").in(wanted)),
							TYPES.get(kind))
					.forEach((record) -> byId.put(idOf(record), record));
			}
			records.put(kind, byId);
		}
		return records;
	}

	private static String idOf(Object record) {
		if (record instanceof Ask ask) {
			return ask.id();
		}
		if (record instanceof Response response) {
			return response.id();
		}
		if (record instanceof Programme programme) {
			return programme.id();
		}
		if (record instanceof Evidence evidence) {
			return evidence.id();
		}
		return ((SourceDocument) record).id();
	}

}
