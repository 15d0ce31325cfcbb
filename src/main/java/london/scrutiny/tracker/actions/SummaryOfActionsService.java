package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.DocumentRepository;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.OrganisationRepository;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AskRepository;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.ResponseRepository;
import london.scrutiny.tracker.ask.AskAt;
import london.scrutiny.tracker.ask.AskStatus;
import london.scrutiny.tracker.ask.StatusService;
import london.scrutiny.tracker.support.Batches;
import london.scrutiny.tracker.support.RequestDeadline;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Builds a committee's Summary List of Actions: every ask in the reports and meetings the
 * committee authored, put on or before the date, oldest first, with its status as of that
 * date.
 */
@Service
public class SummaryOfActionsService {

	private final MongoTemplate mongo;

	private final OrganisationRepository organisations;

	private final AskRepository asks;

	private final ResponseRepository responses;

	private final DocumentRepository documents;

	private final StatusService status;

	public SummaryOfActionsService(MongoTemplate mongo, OrganisationRepository organisations, AskRepository asks,
			ResponseRepository responses, DocumentRepository documents, StatusService status) {
		this.mongo = mongo;
		this.organisations = organisations;
		this.asks = asks;
		this.responses = responses;
		this.documents = documents;
		this.status = status;
	}

	/** Empty when no organisation has the id. */
	public Optional<SummaryOfActions> forCommittee(String committeeId, LocalDate asOf) {
		return this.organisations.findById(committeeId).map((committee) -> build(committee, asOf));
	}

	private SummaryOfActions build(Organisation committee, LocalDate asOf) {
		Query authored = new Query(
				Criteria.where("author.organisationId").is(committee.id()).and("kind").ne(DocumentKind.LETTER));
		authored.fields().exclude("text");
		Map<String, SourceDocument> sources = this.mongo.find(authored, SourceDocument.class)
			.stream()
			.filter((d) -> d.askedOn() == null || !d.askedOn().isAfter(asOf))
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
		List<Ask> asked = this.asks.findByReportIdInOrderByReportIdAscNumberAsc(sources.keySet());
		Map<AskAt, AskStatus> statuses = this.status.statuses(asked,
				asked.stream().map((a) -> new AskAt(a.id(), asOf)).toList());
		Map<Ask, List<Organisation>> addressees = Batches.many(asked, Ask::addresseeIds,
				this.organisations::findAllById, Organisation::id);
		Map<String, List<SourceDocument>> answeredBy = answeringLetters(asked, asOf);
		List<ActionItem> items = new ArrayList<>();
		for (Ask ask : asked) {
			RequestDeadline.check();
			AskStatus askStatus = statuses.get(new AskAt(ask.id(), asOf));
			if (askStatus == null) {
				// Its stored dates cannot be used (logged where the status was computed).
				continue;
			}
			items.add(new ActionItem(ask, sources.get(ask.reportId()), askStatus,
					ActionStatus.of(askStatus.responseStatus()), addressees.get(ask),
					answeredBy.getOrDefault(ask.id(), List.of())));
		}
		items.sort(Comparator.comparing(ActionItem::askedOn, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing((i) -> i.ask().reportId())
			.thenComparingInt((i) -> i.ask().number()));
		return new SummaryOfActions(committee, asOf, items);
	}

	/** Letters dated on or before the date that answer each ask, oldest first. */
	private Map<String, List<SourceDocument>> answeringLetters(List<Ask> asked, LocalDate asOf) {
		List<Response> answers = this.responses.findByAskIdIn(asked.stream().map(Ask::id).toList());
		Set<String> letterIds = answers.stream().map(Response::letterId).collect(Collectors.toSet());
		Map<String, SourceDocument> letters = this.documents.findByIdIn(letterIds)
			.stream()
			.filter((l) -> l.date() != null && !l.date().isAfter(asOf))
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
		return answers.stream()
			.filter((r) -> letters.containsKey(r.letterId()))
			.collect(Collectors.groupingBy(Response::askId,
					Collectors.mapping((r) -> letters.get(r.letterId()),
							Collectors.collectingAndThen(Collectors.toList(),
									(l) -> l.stream().sorted(Comparator.comparing(SourceDocument::date)).toList()))));
	}

}
