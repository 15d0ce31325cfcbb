package london.scrutiny.tracker.ask;

import java.time.DateTimeException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.response.Responses;
import london.scrutiny.tracker.store.Writes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.beans.factory.annotation.Value;
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
 * write is acknowledged. At start-up asks without facts get them, and then every ask is
 * checked, which repairs facts a crash left stale between an event and its ask.
 */
@Component
class StatusFactsKeeper {

	static final String OPERATION = "deriveStatusFacts";

	private static final Logger log = LoggerFactory.getLogger(StatusFactsKeeper.class);

	private final StatusService status;

	private final Writes writes;

	private final MongoTemplate mongo;

	private final Responses responses;

	private final boolean blockingCheck;

	StatusFactsKeeper(StatusService status, Writes writes, MongoTemplate mongo, Responses responses,
			@Value("${tracker.status-facts.check-on-start:background}") String checkOnStart) {
		this.blockingCheck = "blocking".equals(checkOnStart);
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
					this.responses.inLetters(List.of(entry.targetId())).forEach((r) -> askIds.add(r.askId()));
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

	/**
	 * Once the application has started (seed loaded): asks stored without facts (the
	 * seed, records written by other means) get them before requests are served; every
	 * other ask is checked after, in the background unless configured to block, since on
	 * a large store that check reads everything (the facts are kept true by each write;
	 * the check repairs what a crash left stale between a write and its facts, and until
	 * then a read shows the stored facts).
	 */
	@EventListener(ApplicationStartedEvent.class)
	void checkOnStart() {
		check(this.mongo.find(new Query(Criteria.where(StatusFacts.FIELD).exists(false)), Ask.class), false,
				"without facts");
		if (this.blockingCheck) {
			checkAll();
		}
		else {
			Thread check = new Thread(this::checkAll, "status-facts-check");
			check.setDaemon(true);
			check.start();
		}
	}

	/** Checks every ask's facts, recomputing those that differ. */
	void checkAll() {
		try {
			check(this.mongo.findAll(Ask.class), true, "in all");
		}
		catch (RuntimeException ex) {
			// The next start checks again; reads meanwhile show the stored facts.
			log.error("Could not check the status facts", ex);
		}
	}

	private void check(List<Ask> asks, boolean all, String which) {
		if (asks.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		Map<String, AskRecord> records = all ? this.status.allRecords(asks) : this.status.records(asks);
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
		log.info("Checked the status facts of {} asks ({}); {} recomputed in {} ms", asks.size(), which, changed,
				(System.nanoTime() - start) / 1_000_000);
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
