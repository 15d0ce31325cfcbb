package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.DocumentRepository;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.ResponseRepository;
import london.scrutiny.tracker.support.PartialDate;

import london.scrutiny.tracker.support.RequestDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Computes asks' status as of a date, for many asks at once in a fixed number of queries:
 * the asks, their reports, the responses, the letters and the assessments.
 */
@Service
public class StatusService {

	private static final Logger log = LoggerFactory.getLogger(StatusService.class);

	private static final Comparator<DeadlineRevision> REVISION_ORDER = Comparator
		.comparing(DeadlineRevision::effectiveOn)
		.thenComparing(DeadlineRevision::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(DeadlineRevision::id);

	private static final Comparator<Assessment> EVENT_ORDER = Comparator.comparing(Assessment::effectiveOn)
		.thenComparing(Assessment::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Assessment::id);

	private final AskRepository asks;

	private final DocumentRepository documents;

	private final ResponseRepository responses;

	private final AssessmentRepository assessments;

	private final DeadlineRevisionRepository revisions;

	private final ResponsePolicy policy;

	private final Clock clock;

	public StatusService(AskRepository asks, DocumentRepository documents, ResponseRepository responses,
			AssessmentRepository assessments, DeadlineRevisionRepository revisions, ResponsePolicy policy,
			Clock clock) {
		this.asks = asks;
		this.documents = documents;
		this.responses = responses;
		this.assessments = assessments;
		this.revisions = revisions;
		this.policy = policy;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Map<AskAt, AskStatus> statuses(Collection<AskAt> keys) {
		Set<String> askIds = keys.stream().map(AskAt::askId).collect(Collectors.toSet());
		return statuses(this.asks.findByIdIn(askIds), keys);
	}

	/** Status of the given asks, each as of every date the keys ask for. */
	public Map<AskAt, AskStatus> statuses(List<Ask> asks, Collection<AskAt> keys) {
		Map<String, Ask> byId = asks.stream().collect(Collectors.toMap(Ask::id, Function.identity()));
		Set<String> askIds = byId.keySet();
		List<Response> answers = this.responses.findByAskIdIn(askIds);
		Set<String> documentIds = new HashSet<>();
		asks.forEach((a) -> documentIds.add(a.reportId()));
		answers.forEach((r) -> documentIds.add(r.letterId()));
		Map<String, SourceDocument> docs = this.documents.findByIdIn(documentIds)
			.stream()
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
		Map<String, List<Response>> answersByAsk = answers.stream().collect(Collectors.groupingBy(Response::askId));
		Map<String, List<Assessment>> eventsByAsk = this.assessments.findByAskIdIn(askIds)
			.stream()
			.sorted(EVENT_ORDER)
			.collect(Collectors.groupingBy(Assessment::askId));
		Map<String, List<DeadlineRevision>> revisionsByAsk = this.revisions.findByAskIdIn(askIds)
			.stream()
			.sorted(REVISION_ORDER)
			.collect(Collectors.groupingBy(DeadlineRevision::askId));
		Map<AskAt, AskStatus> result = new HashMap<>();
		for (AskAt key : keys) {
			Ask ask = byId.get(key.askId());
			RequestDeadline.check();
			try {
				if (ask != null) {
					result.put(key,
							status(ask, key.asOf(), docs, answersByAsk.getOrDefault(ask.id(), List.of()),
									eventsByAsk.getOrDefault(ask.id(), List.of()),
									revisionsByAsk.getOrDefault(ask.id(), List.of())));
				}
			}
			catch (DateTimeException | ArithmeticException ex) {
				// One record with an impossible date must not fail the status of every
				// other ask in the batch; this ask's fields report it.
				log.warn("The status of {} cannot be computed from its stored dates: {}", ask.id(), ex.getMessage());
			}
		}
		return result;
	}

	private AskStatus status(Ask ask, LocalDate asOf, Map<String, SourceDocument> docs, List<Response> answers,
			List<Assessment> events, List<DeadlineRevision> revisions) {
		SourceDocument report = docs.get(ask.reportId());
		ResponsePolicy.ResponseDue due = (report != null) ? this.policy.dueFor(report) : null;
		LocalDate dueOn = (due != null) ? due.date() : null;
		LocalDate firstAnswer = answers.stream()
			.map((r) -> docs.get(r.letterId()))
			.filter(Objects::nonNull)
			.map(SourceDocument::date)
			.filter((d) -> d != null && !d.isAfter(asOf))
			.min(Comparator.naturalOrder())
			.orElse(null);
		ResponseStatus responseStatus;
		Integer daysLate = null;
		if (firstAnswer != null) {
			boolean late = dueOn != null && firstAnswer.isAfter(dueOn);
			responseStatus = late ? ResponseStatus.RESPONDED_LATE : ResponseStatus.RESPONDED;
			daysLate = late ? days(dueOn, firstAnswer) : null;
		}
		else if (dueOn != null && asOf.isAfter(dueOn)) {
			responseStatus = ResponseStatus.RESPONSE_OVERDUE;
			daysLate = days(dueOn, asOf);
		}
		else {
			responseStatus = ResponseStatus.AWAITING_RESPONSE;
		}
		List<Assessment> history = events.stream().filter((e) -> !e.effectiveOn().isAfter(asOf)).toList();
		Assessment latest = last(history);
		Assessment latestClaim = last(history.stream().filter((e) -> !e.checked()).toList());
		Assessment latestCheck = last(history.stream().filter(Assessment::checked).toList());
		List<DeadlineRevision> revised = revisions.stream().filter((r) -> !r.effectiveOn().isAfter(asOf)).toList();
		PartialDate deadline = revised.isEmpty() ? ask.deadline() : revised.get(revised.size() - 1).deadline();
		DeadlineStatus deadlineStatus = null;
		Integer daysToDeadline = null;
		if (deadline != null && deadline.date() != null) {
			daysToDeadline = days(asOf, deadline.date());
			// Met when the ask stood implemented on the deadline and no clerk has since
			// refuted that.
			Assessment atDeadline = last(
					history.stream().filter((e) -> !e.effectiveOn().isAfter(deadline.date())).toList());
			boolean refutedSince = history.stream()
				.anyMatch((e) -> e.verification() == Verification.REFUTED && e.effectiveOn().isAfter(deadline.date()));
			boolean doneInTime = atDeadline != null && atDeadline.implementation() == Implementation.IMPLEMENTED
					&& atDeadline.verification() != Verification.REFUTED && !refutedSince;
			if (doneInTime) {
				deadlineStatus = DeadlineStatus.MET;
			}
			else {
				deadlineStatus = asOf.isAfter(deadline.date()) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
			}
		}
		return new AskStatus(asOf, due, firstAnswer, responseStatus, daysLate,
				(latest != null) ? latest.position() : null, (latest != null) ? latest.implementation() : null,
				(latestClaim != null) ? latestClaim.implementation() : null,
				(latestCheck != null) ? latestCheck.implementation() : null,
				(latestCheck != null) ? latestCheck.verification() : null, deadline, ask.deadline(), revised,
				deadlineStatus, daysToDeadline, history,
				AskEvent.timeline(ask, report, due,
						answers.stream().map((r) -> docs.get(r.letterId())).filter(Objects::nonNull).toList(), history,
						revised, deadline, asOf));
	}

	private static int days(LocalDate from, LocalDate to) {
		return (int) ChronoUnit.DAYS.between(from, to);
	}

	private static <T> T last(List<T> items) {
		return items.isEmpty() ? null : items.get(items.size() - 1);
	}

}
