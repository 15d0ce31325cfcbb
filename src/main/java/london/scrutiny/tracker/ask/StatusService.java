package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.ResponseRepository;

import london.scrutiny.tracker.support.RequestDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Computes asks' status as of a date, for many asks at once in a fixed number of queries:
 * the asks, their reports, the responses, the letters and the assessments.
 */
@Service
public class StatusService {

	private static final Logger log = LoggerFactory.getLogger(StatusService.class);

	private final AskRepository asks;

	private final MongoTemplate mongo;

	private final ResponseRepository responses;

	private final AssessmentRepository assessments;

	private final DeadlineRevisionRepository revisions;

	private final ResponsePolicy policy;

	private final Clock clock;

	public StatusService(AskRepository asks, MongoTemplate mongo, ResponseRepository responses,
			AssessmentRepository assessments, DeadlineRevisionRepository revisions, ResponsePolicy policy,
			Clock clock) {
		this.asks = asks;
		this.mongo = mongo;
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
		Map<String, AskRecord> records = records(asks);
		Map<AskAt, AskStatus> result = new HashMap<>();
		for (AskAt key : keys) {
			AskRecord record = records.get(key.askId());
			RequestDeadline.check();
			try {
				if (record != null) {
					result.put(key, AsOfView.of(record, key.asOf()));
				}
			}
			catch (DateTimeException | ArithmeticException ex) {
				// One record with an impossible date must not fail the status of every
				// other ask in the batch; this ask's fields report it.
				log.warn("The status of {} cannot be computed from its stored dates: {}", key.askId(), ex.getMessage());
			}
		}
		return result;
	}

	/**
	 * Everything the state of each ask depends on, in four queries whatever the number of
	 * asks (documents without their text). For a page of asks: each query's id list is
	 * short.
	 */
	public Map<String, AskRecord> records(List<Ask> asks) {
		Set<String> askIds = asks.stream().map(Ask::id).collect(Collectors.toSet());
		if (askIds.isEmpty()) {
			return Map.of();
		}
		List<Response> answers = this.responses.findByAskIdIn(askIds);
		Set<String> documentIds = new HashSet<>();
		asks.forEach((a) -> documentIds.add(a.reportId()));
		answers.forEach((r) -> documentIds.add(r.letterId()));
		return assemble(asks, answers, withoutText(Criteria.where("_id").in(documentIds)),
				this.assessments.findByAskIdIn(askIds), this.revisions.findByAskIdIn(askIds));
	}

	/**
	 * The records of every ask, reading each collection once in full rather than by a
	 * list of every id (which the embedded server would walk for every document it
	 * scans).
	 */
	Map<String, AskRecord> allRecords(List<Ask> asks) {
		Query answers = new Query();
		answers.fields().exclude("text").exclude("commitments");
		return assemble(asks, this.mongo.find(answers, Response.class), withoutText(new Criteria()),
				this.mongo.findAll(Assessment.class), this.mongo.findAll(DeadlineRevision.class));
	}

	private Map<String, AskRecord> assemble(List<Ask> asks, List<Response> answers, Map<String, SourceDocument> docs,
			List<Assessment> assessed, List<DeadlineRevision> revised) {
		Map<String, List<Response>> answersByAsk = answers.stream().collect(Collectors.groupingBy(Response::askId));
		Map<String, List<Assessment>> eventsByAsk = assessed.stream().collect(Collectors.groupingBy(Assessment::askId));
		Map<String, List<DeadlineRevision>> revisionsByAsk = revised.stream()
			.collect(Collectors.groupingBy(DeadlineRevision::askId));
		Map<String, AskRecord> records = new HashMap<>();
		for (Ask ask : asks) {
			SourceDocument report = docs.get(ask.reportId());
			records.put(ask.id(),
					new AskRecord(ask, report, (report != null) ? this.policy.dueFor(report) : null,
							answersByAsk.getOrDefault(ask.id(), List.of())
								.stream()
								.map((r) -> new AskRecord.Answer(r, docs.get(r.letterId())))
								.toList(),
							eventsByAsk.getOrDefault(ask.id(), List.of()),
							revisionsByAsk.getOrDefault(ask.id(), List.of())));
		}
		return records;
	}

	private Map<String, SourceDocument> withoutText(Criteria which) {
		Query query = new Query(which);
		query.fields().exclude("text");
		return this.mongo.find(query, SourceDocument.class)
			.stream()
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
	}

}
