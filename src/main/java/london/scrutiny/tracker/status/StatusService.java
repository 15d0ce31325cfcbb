package london.scrutiny.tracker.status;

import java.time.Clock;
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
import london.scrutiny.tracker.recommendation.Ask;
import london.scrutiny.tracker.recommendation.AskRepository;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.ResponseRepository;

import org.springframework.stereotype.Service;

/**
 * Computes asks' status as of a date, for many asks at once in a fixed number of queries: the asks,
 * their reports, the responses, the letters and the assessments.
 */
@Service
public class StatusService {

	private static final Comparator<Assessment> EVENT_ORDER = Comparator.comparing(Assessment::effectiveOn)
		.thenComparing(Assessment::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Assessment::id);

	private final AskRepository asks;

	private final DocumentRepository documents;

	private final ResponseRepository responses;

	private final AssessmentRepository assessments;

	private final ResponsePolicy policy;

	private final Clock clock;

	public StatusService(AskRepository asks, DocumentRepository documents, ResponseRepository responses,
			AssessmentRepository assessments, ResponsePolicy policy, Clock clock) {
		this.asks = asks;
		this.documents = documents;
		this.responses = responses;
		this.assessments = assessments;
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
		Map<AskAt, AskStatus> result = new HashMap<>();
		for (AskAt key : keys) {
			Ask ask = byId.get(key.askId());
			if (ask != null) {
				result.put(key, status(ask, key.asOf(), docs, answersByAsk.getOrDefault(ask.id(), List.of()),
						eventsByAsk.getOrDefault(ask.id(), List.of())));
			}
		}
		return result;
	}

	private AskStatus status(Ask ask, LocalDate asOf, Map<String, SourceDocument> docs, List<Response> answers,
			List<Assessment> events) {
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
			daysLate = late ? (int) ChronoUnit.DAYS.between(dueOn, firstAnswer) : null;
		}
		else if (dueOn != null && asOf.isAfter(dueOn)) {
			responseStatus = ResponseStatus.RESPONSE_OVERDUE;
			daysLate = (int) ChronoUnit.DAYS.between(dueOn, asOf);
		}
		else {
			responseStatus = ResponseStatus.AWAITING_RESPONSE;
		}
		List<Assessment> history = events.stream().filter((e) -> !e.effectiveOn().isAfter(asOf)).toList();
		Assessment latest = history.isEmpty() ? null : history.get(history.size() - 1);
		DeadlineStatus deadlineStatus = null;
		Integer daysToDeadline = null;
		if (ask.deadline() != null && ask.deadline().date() != null) {
			LocalDate deadline = ask.deadline().date();
			daysToDeadline = (int) ChronoUnit.DAYS.between(asOf, deadline);
			boolean doneByDeadline = history.stream()
				.anyMatch((e) -> e.implementation() == Implementation.IMPLEMENTED && !e.effectiveOn().isAfter(deadline));
			if (doneByDeadline) {
				deadlineStatus = DeadlineStatus.MET;
			}
			else {
				deadlineStatus = asOf.isAfter(deadline) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
			}
		}
		return new AskStatus(asOf, dueOn, responseStatus, daysLate, (latest != null) ? latest.position() : null,
				(latest != null) ? latest.implementation() : null, deadlineStatus, daysToDeadline, history);
	}

}
