package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.Dates;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.audit.KeptUntilWrite;
import london.scrutiny.tracker.support.FlatCriteria;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.Text;
import london.scrutiny.tracker.support.UpdatedSince;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds asks, as of a date: only asks put by then, and conditions on their status then.
 * Every condition is a MongoDB query on the asks and their stored {@link StatusFacts}, so
 * paging and counting run in the database; only asks whose facts cannot decide the date
 * (events on both sides of it, or facts not computed yet) are folded from their events,
 * and join the query by id.
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

	/**
	 * For a filter and date, the asks whose facts cannot decide it that match it: finding
	 * them is a scan of the asks (few have such events, and none lack facts once
	 * written), so they are kept until the next write ({@link KeptUntilWrite}).
	 */
	private final KeptUntilWrite<Undecided, List<String>> undecided;

	private record Undecided(RecommendationFilter filter, LocalDate asOf) {
	}

	public RecommendationService(MongoTemplate mongo, Paging paging, StatusService status, ChangeLog changes,
			Clock clock, @Value("${tracker.summaries.max-age:60s}") Duration maxAge) {
		this.mongo = mongo;
		this.paging = paging;
		this.status = status;
		this.undecided = new KeptUntilWrite<>(changes, clock, maxAge, 64);
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
			return FlatCriteria.query(criteria);
		}
		Set<String> touched = new java.util.HashSet<>();
		for (String inputs : List.of("responses", "assessments", "deadlineRevisions")) {
			this.mongo.getCollection(inputs)
				.find(UpdatedSince.query(new Criteria(), updatedSince).getQueryObject())
				.projection(new org.bson.Document("askId", 1))
				.forEach((d) -> touched.add(d.getString("askId")));
		}
		return FlatCriteria.query(new Criteria().andOperator(criteria,
				new Criteria().orOperator(UpdatedSince.criteria(updatedSince), Criteria.where("_id").in(touched))));
	}

	/**
	 * The status on the date of every ask matching the filter: one read of the asks' ids
	 * and stored facts, the status of each from its facts, and a fold of the events only
	 * for the few asks the facts cannot decide on that date.
	 */
	public List<StatusAt> statuses(RecommendationFilter filter, LocalDate asOf) {
		Query query = FlatCriteria.query(stored(filter, asOf));
		query.fields().include("_id").include(StatusFacts.FIELD);
		Map<String, StatusAt> known = new LinkedHashMap<>();
		List<String> undecided = new ArrayList<>();
		for (Document ask : this.mongo.find(query, Document.class, "asks")) {
			String id = ask.getString("_id");
			StatusFacts facts = facts(ask);
			Optional<StatusAt> at = (facts != null) ? facts.at(asOf) : Optional.empty();
			if (at.isPresent()) {
				known.put(id, at.get());
			}
			else {
				undecided.add(id);
			}
		}
		folded(undecided, asOf).forEach(known::put);
		return known.values().stream().filter((s) -> s.matches(filter)).toList();
	}

	/**
	 * The asks put by the given reports or meetings on or before the date, with their
	 * status then, in report and number order. Reads the asks put by then once, rather
	 * than by a list of report ids.
	 */
	public Map<Ask, StatusAt> askedBy(Collection<String> reportIds, LocalDate asOf) {
		Set<String> reports = Set.copyOf(reportIds);
		List<Ask> asks = this.mongo.find(new Query(askedBy(asOf)).with(ORDER), Ask.class)
			.stream()
			.filter((a) -> reports.contains(a.reportId()))
			.toList();
		Map<String, StatusAt> statuses = new HashMap<>();
		List<String> undecided = new ArrayList<>();
		for (Ask ask : asks) {
			Optional<StatusAt> at = (ask.statusFacts() != null) ? ask.statusFacts().at(asOf) : Optional.empty();
			at.ifPresentOrElse((s) -> statuses.put(ask.id(), s), () -> undecided.add(ask.id()));
		}
		statuses.putAll(folded(undecided, asOf));
		Map<Ask, StatusAt> result = new LinkedHashMap<>();
		// An ask whose status cannot be computed from its stored dates is left out (and
		// logged where it was computed).
		asks.stream().filter((a) -> statuses.containsKey(a.id())).forEach((a) -> result.put(a, statuses.get(a.id())));
		return result;
	}

	/** The status of a few asks on the date, folded from their events. */
	private Map<String, StatusAt> folded(List<String> askIds, LocalDate asOf) {
		if (askIds.isEmpty()) {
			return Map.of();
		}
		Map<String, StatusAt> result = new HashMap<>();
		this.status.statuses(askIds.stream().map((id) -> new AskAt(id, asOf)).toList())
			.forEach((key, value) -> result.put(key.askId(), value.at()));
		return result;
	}

	private StatusFacts facts(Document ask) {
		Document facts = ask.get(StatusFacts.FIELD, Document.class);
		return (facts != null) ? this.mongo.getConverter().read(StatusFacts.class, facts) : null;
	}

	/** Asks put on or before the date (or whose date is not known yet). */
	private static Criteria askedBy(LocalDate asOf) {
		return Criteria.where(FACTS + "askedOn").not().gt(asOf.toString());
	}

	private Criteria criteria(RecommendationFilter filter, LocalDate asOf) {
		Criteria stored = stored(filter, asOf);
		if (filter == null || !filter.needsStatus()) {
			return stored;
		}
		String day = asOf.toString();
		List<Criteria> decided = new ArrayList<>();
		if (RecommendationFilter.present(filter.responseStatus())) {
			decided.add(anyOf(filter.responseStatus().stream().map((s) -> responseStatus(s, day)).toList()));
		}
		boolean eventsMatter = RecommendationFilter.present(filter.position())
				|| RecommendationFilter.present(filter.implementation())
				|| RecommendationFilter.present(filter.deadlineStatus());
		Criteria undecidedOnDay = Criteria.where(StatusFacts.FIELD).exists(false);
		if (eventsMatter) {
			decided.add(anyOf(List.of(pristine(filter, day), settled(filter, day))));
			undecidedOnDay = new Criteria().orOperator(undecidedOnDay, new Criteria().andOperator(
					Criteria.where(FACTS + "changesFrom").lte(day), Criteria.where(FACTS + "settledFrom").gt(day)));
		}
		// The rarer condition first: the store stops at the first one a record fails.
		Query undecided = FlatCriteria.query(new Criteria().andOperator(undecidedOnDay, stored));
		undecided.fields().include("_id");
		List<String> matching = this.undecided.get(new Undecided(filter, asOf), () -> folded(
				this.mongo.find(undecided, Document.class, "asks").stream().map((d) -> d.getString("_id")).toList(),
				asOf)
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().matches(filter))
			.map(Map.Entry::getKey)
			.sorted()
			.toList());
		decided.add(Criteria.where(StatusFacts.FIELD).exists(true));
		Criteria byFacts = new Criteria().andOperator(decided);
		return new Criteria().andOperator(
				matching.isEmpty() ? byFacts : new Criteria().orOperator(byFacts, Criteria.where("_id").in(matching)),
				stored);
	}

	/**
	 * The facts that give the response status on the day (a date as stored, ISO text).
	 */
	private static Criteria responseStatus(ResponseStatus status, String day) {
		Criteria answered = Criteria.where(FACTS + "firstAnsweredOn").lte(day);
		Criteria unanswered = Criteria.where(FACTS + "firstAnsweredOn").not().lte(day);
		return switch (status) {
			case RESPONDED -> new Criteria().andOperator(answered, Criteria.where(FACTS + "answeredLate").ne(true));
			case RESPONDED_LATE ->
				new Criteria().andOperator(Criteria.where(FACTS + "answeredLate").is(true), answered);
			case RESPONSE_OVERDUE ->
				new Criteria().andOperator(unanswered, Criteria.where(FACTS + "responseDueOn").lt(day));
			case AWAITING_RESPONSE ->
				new Criteria().andOperator(unanswered, Criteria.where(FACTS + "responseDueOn").not().lt(day));
		};
	}

	/**
	 * Before any assessment or deadline revision: no position or implementation, and the
	 * original deadline.
	 */
	private static Criteria pristine(RecommendationFilter filter, String day) {
		if (RecommendationFilter.present(filter.position()) || RecommendationFilter.present(filter.implementation())) {
			return NOTHING;
		}
		List<Criteria> all = new ArrayList<>();
		all.add(new Criteria().orOperator(Criteria.where(FACTS + "changesFrom").is(null),
				Criteria.where(FACTS + "changesFrom").gt(day)));
		if (RecommendationFilter.present(filter.deadlineStatus())) {
			all.add(anyOf(filter.deadlineStatus().stream().map((s) -> switch (s) {
				case MET -> NOTHING;
				case MISSED -> Criteria.where(FACTS + "originalDeadlineOn").lt(day);
				case UPCOMING -> Criteria.where(FACTS + "originalDeadlineOn").gte(day);
			}).toList()));
		}
		return new Criteria().andOperator(all);
	}

	/** After every assessment and deadline revision: the latest of each. */
	private static Criteria settled(RecommendationFilter filter, String day) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where(FACTS + "settledFrom").lte(day));
		if (RecommendationFilter.present(filter.position())) {
			all.add(Criteria.where(FACTS + "position").in(names(filter.position())));
		}
		if (RecommendationFilter.present(filter.implementation())) {
			all.add(Criteria.where(FACTS + "implementation").in(names(filter.implementation())));
		}
		if (RecommendationFilter.present(filter.deadlineStatus())) {
			Criteria notMet = Criteria.where(FACTS + "deadlineMet").ne(true);
			all.add(anyOf(filter.deadlineStatus().stream().map((s) -> switch (s) {
				case MET -> Criteria.where(FACTS + "deadlineMet").is(true);
				case MISSED -> new Criteria().andOperator(notMet, Criteria.where(FACTS + "deadlineOn").lt(day));
				case UPCOMING -> new Criteria().andOperator(Criteria.where(FACTS + "deadlineMet").ne(true),
						Criteria.where(FACTS + "deadlineOn").gte(day));
			}).toList()));
		}
		return new Criteria().andOperator(all);
	}

	private static final String FACTS = StatusFacts.FIELD + ".";

	/** A condition no ask meets. */
	private static final Criteria NOTHING = Criteria.where("_id").exists(false);

	private static Criteria anyOf(List<Criteria> criteria) {
		return (criteria.size() == 1) ? criteria.get(0) : new Criteria().orOperator(criteria);
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	/**
	 * The conditions on what is stored as typed, and that the ask was put by the date.
	 */
	private Criteria stored(RecommendationFilter filter, LocalDate asOf) {
		List<Criteria> all = new ArrayList<>();
		all.add(askedBy(asOf));
		if (filter == null) {
			return all.get(0);
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
		return new Criteria().andOperator(all);
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
