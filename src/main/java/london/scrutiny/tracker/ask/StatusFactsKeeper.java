package london.scrutiny.tracker.ask;

import java.time.DateTimeException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.response.ResponseRepository;
import london.scrutiny.tracker.store.Writes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps each ask's {@link StatusFacts} true. Every audited write is published once
 * stored; when it concerns what an ask's status depends on (the ask, its report, a
 * letter, an answer, an assessment, a deadline revision), the asks it touches are
 * recomputed from the store and their facts written through the write path before the
 * write is acknowledged. At start-up every ask is checked, which also covers the seed and
 * repairs facts a crash left stale between an event and its ask.
 */
@Component
class StatusFactsKeeper {

	static final String OPERATION = "deriveStatusFacts";

	private static final Logger log = LoggerFactory.getLogger(StatusFactsKeeper.class);

	private final StatusService status;

	private final Writes writes;

	private final MongoTemplate mongo;

	private final ResponseRepository responses;

	StatusFactsKeeper(StatusService status, Writes writes, MongoTemplate mongo, ResponseRepository responses) {
		this.status = status;
		this.writes = writes;
		this.mongo = mongo;
		this.responses = responses;
	}

	@EventListener
	void on(AuditEntry entry) {
		if (OPERATION.equals(entry.operation()) || entry.after() == null) {
			return;
		}
		Document after = entry.after();
		Set<String> askIds = new LinkedHashSet<>();
		switch (entry.collection()) {
			case "asks" -> askIds.add(entry.targetId());
			case "responses", "assessments", "deadlineRevisions" -> askIds.add(after.getString("askId"));
			case "documents" -> {
				if ("LETTER".equals(after.getString("kind"))) {
					this.responses.findByLetterIdIn(List.of(entry.targetId())).forEach((r) -> askIds.add(r.askId()));
				}
				else {
					askIds.addAll(askIdsOfReport(entry.targetId()));
				}
			}
			default -> {
				return;
			}
		}
		try {
			refresh(askIds);
		}
		catch (RuntimeException ex) {
			// The write itself is stored; the facts are repaired at the next start.
			log.error("Could not refresh the status facts of {} after {}", askIds, entry.operation(), ex);
		}
	}

	/** Checks every ask's facts once the application has started (seed loaded). */
	@EventListener(ApplicationStartedEvent.class)
	void checkAll() {
		List<Ask> asks = this.mongo.findAll(Ask.class);
		Map<String, AskRecord> records = this.status.allRecords(asks);
		int changed = 0;
		for (Ask ask : asks) {
			try {
				StatusFacts facts = AsOfView.facts(records.get(ask.id()));
				if (!facts.equals(ask.statusFacts())
						&& this.writes.derive(OPERATION, "asks", ask.id(), StatusFacts.FIELD, facts)) {
					changed++;
				}
			}
			catch (DateTimeException | ArithmeticException ex) {
				// Left without facts, the ask is folded from its events when read.
				log.warn("The status facts of {} cannot be computed from its stored dates: {}", ask.id(),
						ex.getMessage());
			}
		}
		log.info("Checked the status facts of {} asks; {} recomputed", asks.size(), changed);
	}

	void refresh(Collection<String> askIds) {
		List<Ask> asks = this.mongo.find(new Query(Criteria.where("_id").in(askIds)), Ask.class);
		Map<String, AskRecord> records = this.status.records(asks);
		for (Ask ask : asks) {
			this.writes.derive(OPERATION, "asks", ask.id(), StatusFacts.FIELD, AsOfView.facts(records.get(ask.id())));
		}
	}

	private List<String> askIdsOfReport(String reportId) {
		Query query = new Query(Criteria.where("reportId").is(reportId));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, "asks").stream().map((d) -> d.getString("_id")).toList();
	}

}
