package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.Dates;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.Text;
import london.scrutiny.tracker.support.UpdatedSince;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds asks. Stored conditions become one MongoDB query; conditions on computed status
 * (position, response status, ...) are evaluated for the candidates as of the date and
 * become an id condition, so paging and counting still run in the database.
 */
@Service
public class RecommendationService {

	/**
	 * Report, then number: a total order on fields every ask has, as keyset paging needs.
	 */
	public static final Sort ORDER = Sort.by(Sort.Order.asc("reportId"), Sort.Order.asc("number"),
			Sort.Order.asc("id"));

	private final MongoTemplate mongo;

	private final Paging paging;

	private final StatusService status;

	public RecommendationService(MongoTemplate mongo, Paging paging, StatusService status) {
		this.mongo = mongo;
		this.paging = paging;
		this.status = status;
	}

	public PageConnection<Ask> find(RecommendationFilter filter, LocalDate asOf, OffsetDateTime updatedSince,
			PageRequest page) {
		return this.paging.keyset(this.mongo, query(filter, asOf, updatedSince), Ask.class, ORDER, page);
	}

	/**
	 * The asks {@code recommendations(filter:, asOf:, updatedSince:)} lists (unsorted).
	 * An ask counts as updated when it, or an answer, assessment or deadline revision of
	 * it, was written since the instant: what changes its status. (A status that changes
	 * only because a date passed, an answer falling overdue, is no write:
	 * {@code askEvents} reports those.)
	 */
	public Query query(RecommendationFilter filter, LocalDate asOf, OffsetDateTime updatedSince) {
		Criteria criteria = criteria(filter, asOf);
		if (updatedSince == null) {
			return new Query(criteria);
		}
		Set<String> touched = new java.util.HashSet<>();
		for (String inputs : List.of("responses", "assessments", "deadlineRevisions")) {
			this.mongo.getCollection(inputs)
				.find(UpdatedSince.query(new Criteria(), updatedSince).getQueryObject())
				.projection(new org.bson.Document("askId", 1))
				.forEach((d) -> touched.add(d.getString("askId")));
		}
		return new Query(new Criteria().andOperator(criteria,
				new Criteria().orOperator(UpdatedSince.criteria(updatedSince), Criteria.where("_id").in(touched))));
	}

	/**
	 * Every ask matching the filter as of the date, with its status; an ask whose status
	 * cannot be computed from its stored dates is left out.
	 */
	public Map<Ask, AskStatus> allWithStatus(RecommendationFilter filter, LocalDate asOf) {
		List<Ask> asks = this.mongo.find(new Query(criteria(filter, asOf)).with(ORDER), Ask.class);
		Map<AskAt, AskStatus> statuses = this.status.statuses(asks,
				asks.stream().map((a) -> new AskAt(a.id(), asOf)).toList());
		// An ask whose status cannot be computed from its stored dates is left out (and
		// logged); the rest are summed.
		return asks.stream()
			.filter((a) -> statuses.containsKey(new AskAt(a.id(), asOf)))
			.collect(Collectors.toMap((a) -> a, (a) -> statuses.get(new AskAt(a.id(), asOf)), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private Criteria criteria(RecommendationFilter filter, LocalDate asOf) {
		List<Criteria> all = new ArrayList<>();
		if (filter == null) {
			return new Criteria();
		}
		if (RecommendationFilter.present(filter.reportId())) {
			all.add(Criteria.where("reportId").in(filter.reportId()));
		}
		if (filter.kind() != null) {
			all.add(Criteria.where("kind").is(filter.kind()));
		}
		if (RecommendationFilter.present(filter.addresseeId())) {
			all.add(Criteria.where("addresseeIds").in(filter.addresseeId()));
		}
		if (RecommendationFilter.present(filter.theme())) {
			all.add(Criteria.where("themes").in(filter.theme()));
		}
		if (filter.text() != null) {
			Pattern text = Text.literal("filter.text", filter.text());
			Query answers = new Query(Criteria.where("text").regex(text));
			answers.fields().include("askId");
			Set<String> answered = this.mongo.find(answers, Response.class)
				.stream()
				.map(Response::askId)
				.collect(Collectors.toSet());
			all.add(new Criteria().orOperator(Text.anyFieldContains(text, "text", "title"),
					Criteria.where("_id").in(answered)));
		}
		if (filter.askedFrom() != null || filter.askedTo() != null) {
			Dates.checkRange("filter.askedFrom", filter.askedFrom(), filter.askedTo());
			all.add(Criteria.where("reportId").in(reportsAskedBetween(filter.askedFrom(), filter.askedTo())));
		}
		Criteria stored = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		if (!filter.needsStatus()) {
			return stored;
		}
		List<Ask> candidates = this.mongo.find(new Query(stored), Ask.class);
		Map<AskAt, AskStatus> statuses = this.status.statuses(candidates,
				candidates.stream().map((a) -> new AskAt(a.id(), asOf)).toList());
		List<String> matching = candidates.stream()
			.filter((a) -> matches(filter, statuses.get(new AskAt(a.id(), asOf))))
			.map(Ask::id)
			.toList();
		return new Criteria().andOperator(stored, Criteria.where("_id").in(matching));
	}

	private static boolean matches(RecommendationFilter filter, AskStatus status) {
		return within(filter.position(), status.position()) && within(filter.responseStatus(), status.responseStatus())
				&& within(filter.implementation(), status.implementation())
				&& within(filter.deadlineStatus(), status.deadlineStatus());
	}

	private static <T> boolean within(List<T> wanted, T actual) {
		return !RecommendationFilter.present(wanted) || wanted.contains(actual);
	}

	private List<String> reportsAskedBetween(LocalDate from, LocalDate to) {
		Query reports = new Query(Criteria.where("kind").ne(DocumentKind.LETTER));
		reports.fields().exclude("text");
		return this.mongo.find(reports, SourceDocument.class)
			.stream()
			.filter((d) -> d.askedOn() != null && (from == null || !d.askedOn().isBefore(from))
					&& (to == null || !d.askedOn().isAfter(to)))
			.map(SourceDocument::id)
			.toList();
	}

}
