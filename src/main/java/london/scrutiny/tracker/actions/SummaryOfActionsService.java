package london.scrutiny.tracker.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.Organisations;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AsOfView;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.audit.KeptUntilWrite;
import london.scrutiny.tracker.ask.RecommendationService;
import london.scrutiny.tracker.ask.StatusFacts;
import london.scrutiny.tracker.response.Responses;
import london.scrutiny.tracker.response.VisibleResponses;
import london.scrutiny.tracker.support.RequestDeadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Builds a committee's Summary List of Actions: every ask in the reports and meetings the
 * committee authored, put on or before the date, oldest first, with its status as of that
 * date. The list's lines (ask, source, status) are read for every ask, since the counts
 * and the status filter need them all; the rest of an item (addressees, letters) only for
 * the items a query returns.
 */
@Service
public class SummaryOfActionsService {

	private final MongoTemplate mongo;

	private final Organisations organisations;

	private final RecommendationService recommendations;

	private final Responses responses;

	private final VisibleResponses visible;

	/** The lists kept: a few committees, each as of a few dates. */
	private final KeptUntilWrite<Key, Optional<SummaryOfActions>> kept;

	public SummaryOfActionsService(MongoTemplate mongo, Organisations organisations,
			RecommendationService recommendations, Responses responses, VisibleResponses visible, ChangeLog changes,
			Clock clock, @Value("${tracker.summaries.max-age:60s}") Duration maxAge) {
		this.mongo = mongo;
		this.organisations = organisations;
		this.recommendations = recommendations;
		this.responses = responses;
		this.visible = visible;
		this.kept = new KeptUntilWrite<>(changes, clock, maxAge, 32);
	}

	/**
	 * The list's lines and their statuses, without the addressees and letters of any:
	 * empty when no organisation has the id. Reading them reads every ask the committee
	 * has put, so they are kept until the next write ({@link KeptUntilWrite}).
	 */
	public Optional<SummaryOfActions> forCommittee(String committeeId, LocalDate asOf) {
		return this.kept.get(new Key(committeeId, asOf),
				() -> this.organisations.byId(committeeId).map((committee) -> lines(committee, asOf)));
	}

	private record Key(String committeeId, LocalDate asOf) {
	}

	private SummaryOfActions lines(Organisation committee, LocalDate asOf) {
		Query authored = new Query(
				Criteria.where("author.organisationId").is(committee.id()).and("kind").ne(DocumentKind.LETTER));
		authored.fields().exclude("text");
		Map<String, SourceDocument> sources = this.mongo.find(authored, SourceDocument.class)
			.stream()
			.filter((d) -> d.askedOn() == null || !d.askedOn().isAfter(asOf))
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
		List<ActionLine> lines = new ArrayList<>();
		this.recommendations.askedBy(sources.keySet(), asOf)
			.forEach((ask, status) -> lines.add(new ActionLine(ask, sources.get(ask.reportId()), status)));
		lines.sort(ActionLine.ORDER);
		return new SummaryOfActions(committee, asOf, lines);
	}

	/**
	 * The items of the given lines, in their order: their addressees and answering
	 * letters read in one batch for them all, and for no other line.
	 */
	List<ActionItem> items(List<ActionLine> lines, LocalDate asOf) {
		List<Ask> asks = lines.stream().map(ActionLine::ask).toList();
		Map<Ask, List<Organisation>> addressees = this.organisations.allByIds(asks, Ask::addresseeIds);
		Map<String, List<SourceDocument>> answeredBy = answeringLetters(asks, asOf);
		List<ActionItem> items = new ArrayList<>();
		for (ActionLine line : lines) {
			RequestDeadline.check();
			Ask ask = line.ask();
			items.add(new ActionItem(ask, line.source(), line.status(), line.actionStatus(), addressees.get(ask),
					answeredBy.getOrDefault(ask.id(), List.of())));
		}
		return items;
	}

	/**
	 * Letters sent on or before the date that answer each ask, oldest first: from the
	 * asks' stored facts where they have them, else from their answers.
	 */
	private Map<String, List<SourceDocument>> answeringLetters(Collection<Ask> asked, LocalDate asOf) {
		Map<String, List<String>> letterIds = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (Ask ask : asked) {
			if (ask.statusFacts() != null) {
				letterIds.put(ask.id(),
						ask.statusFacts()
							.answeredBy()
							.stream()
							.filter((l) -> AsOfView.sentBy(l.on(), asOf))
							.map(StatusFacts.AnsweredBy::letterId)
							.toList());
			}
			else {
				unknown.add(ask.id());
			}
		}
		if (!unknown.isEmpty()) {
			this.visible.of(this.responses.toAsks(unknown), (r) -> asOf)
				.forEach((r) -> letterIds.computeIfAbsent(r.askId(), (k) -> new ArrayList<>()).add(r.letterId()));
		}
		Map<String, SourceDocument> letters = withoutText(
				letterIds.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		Map<String, List<SourceDocument>> result = new HashMap<>();
		letterIds.forEach((askId, ids) -> result.put(askId,
				ids.stream()
					.distinct()
					.map(letters::get)
					.filter((l) -> l != null)
					.sorted(Comparator.comparing(SourceDocument::date))
					.toList()));
		return result;
	}

	private Map<String, SourceDocument> withoutText(Set<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Query query = new Query(Criteria.where("_id").in(ids));
		query.fields().exclude("text");
		return this.mongo.find(query, SourceDocument.class)
			.stream()
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
	}

}
