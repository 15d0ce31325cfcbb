package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.support.RequestMemo;
import org.dataloader.BatchLoaderEnvironment;
import london.scrutiny.tracker.response.Response;

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

	private final AssessmentRepository assessments;

	private final DeadlineRevisionRepository revisions;

	private final ResponsePolicy policy;

	private final Clock clock;

	private final Documents documents;

	public StatusService(AskRepository asks, MongoTemplate mongo, AssessmentRepository assessments,
			DeadlineRevisionRepository revisions, ResponsePolicy policy, Clock clock, Documents documents) {
		this.documents = documents;
		this.asks = asks;
		this.mongo = mongo;
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

	/**
	 * The status of each key of a batch whose keys carry their asks as context (as
	 * {@link StatusFields} loads them), sharing the request's records; asks not carried
	 * are read by id.
	 */
	Map<AskAt, AskStatus> statuses(Collection<AskAt> keys, BatchLoaderEnvironment env) {
		Map<String, Ask> carried = new HashMap<>();
		env.getKeyContexts().values().forEach((context) -> {
			if (context instanceof Ask ask) {
				carried.putIfAbsent(ask.id(), ask);
			}
		});
		Set<String> unread = keys.stream()
			.map(AskAt::askId)
			.filter((id) -> !carried.containsKey(id))
			.collect(Collectors.toSet());
		List<Ask> asks = new ArrayList<>(carried.values());
		if (!unread.isEmpty()) {
			asks.addAll(this.asks.findByIdIn(unread));
		}
		return statuses(records(asks, env.getContext()), keys);
	}

	/** Status of the given asks, each as of every date the keys ask for. */
	public Map<AskAt, AskStatus> statuses(List<Ask> asks, Collection<AskAt> keys) {
		return statuses(records(asks), keys);
	}

	private Map<AskAt, AskStatus> statuses(Map<String, AskRecord> records, Collection<AskAt> keys) {
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
		return records(asks, null);
	}

	/**
	 * The same, sharing the records (and documents) the request has read already (see
	 * {@link RequestMemo}): in one query an ask's status fields, its programmes and its
	 * answers' letters all start from its record.
	 */
	public Map<String, AskRecord> records(List<Ask> asks, Object requestContext) {
		Map<String, AskRecord> memo = RequestMemo.of(requestContext, AskRecord.class);
		Map<String, Ask> missing = new LinkedHashMap<>();
		asks.stream().filter((a) -> !memo.containsKey(a.id())).forEach((a) -> missing.putIfAbsent(a.id(), a));
		if (!missing.isEmpty()) {
			Set<String> askIds = missing.keySet();
			List<Response> answers = this.mongo.find(answersTo(askIds, requestContext), Response.class);
			Set<String> documentIds = new HashSet<>();
			missing.values().forEach((a) -> documentIds.add(a.reportId()));
			answers.forEach((r) -> documentIds.add(r.letterId()));
			memo.putAll(assemble(List.copyOf(missing.values()), answers,
					this.documents.withoutText(documentIds, requestContext), this.assessments.findByAskIdIn(askIds),
					this.revisions.findByAskIdIn(askIds)));
		}
		Map<String, AskRecord> records = new HashMap<>();
		asks.forEach((a) -> records.put(a.id(), memo.get(a.id())));
		return records;
	}

	/**
	 * The answers to the asks; without their text and commitments when the query never
	 * asks for either (about half of each answer's size, which a page of a hundred asks
	 * would read, decode and map for nothing).
	 */
	private static Query answersTo(Set<String> askIds, Object requestContext) {
		Query answers = new Query(Criteria.where("askId").in(askIds));
		boolean wordsRead = RequestMemo.mayRead(requestContext, "text")
				|| RequestMemo.mayRead(requestContext, "commitments");
		return wordsRead ? answers : withoutWords(answers);
	}

	/** The answers a query finds, without their text and commitments. */
	private static Query withoutWords(Query answers) {
		answers.fields().exclude("text").exclude("commitments");
		return answers;
	}

	/**
	 * The records of every ask, reading each collection once in full rather than by a
	 * list of every id (which the embedded server would walk for every document it
	 * scans).
	 */
	Map<String, AskRecord> allRecords(List<Ask> asks) {
		return assemble(asks, this.mongo.find(withoutWords(new Query()), Response.class), allWithoutText(),
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

	private Map<String, SourceDocument> allWithoutText() {
		Query query = new Query();
		query.fields().exclude("text");
		return this.mongo.find(query, SourceDocument.class)
			.stream()
			.collect(Collectors.toMap(SourceDocument::id, Function.identity()));
	}

}
