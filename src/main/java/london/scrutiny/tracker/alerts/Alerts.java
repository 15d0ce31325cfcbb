package london.scrutiny.tracker.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.ConflictException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Stores alerts and reads them back. An alert is stored through the audited write path
 * under its stable id: the second instance (or the second run after a restart) that
 * notices the same thing finds it stored and changes nothing.
 */
@Service
public class Alerts {

	private static final Logger log = LoggerFactory.getLogger(Alerts.class);

	static final String COLLECTION = "alertEvents";

	/** How many alerts a feed or a list holds at most: the newest. */
	static final int MAX_LISTED = 100;

	private final Writes writes;

	private final MongoTemplate mongo;

	public Alerts(Writes writes, MongoTemplate mongo) {
		this.writes = writes;
		this.mongo = mongo;
	}

	/**
	 * Stores an alert about an ask unless stored already; true if this call stored it.
	 */
	boolean raise(AlertKind kind, String askId, String occurrence, LocalDate occurredOn, String letterId, String title,
			String summary) {
		Document ask = this.mongo.findById(askId, Document.class, "asks");
		String reportId = (ask != null) ? ask.getString("reportId") : null;
		Document report = (reportId != null) ? this.mongo.findById(reportId, Document.class, "documents") : null;
		Document author = (report != null) ? report.get("author", Document.class) : null;
		Document alert = new Document("_id", AlertEvent.idOf(kind, askId, occurrence)).append("kind", kind.name())
			.append("askId", askId)
			.append("reportId", reportId)
			.append("committeeId", (author != null) ? author.getString("organisationId") : null)
			.append("letterId", letterId)
			.append("occurredOn", occurredOn.toString())
			.append("title", title)
			.append("summary", summary);
		try {
			return this.writes.insertOnce("raiseAlert", COLLECTION, alert) == Writes.Outcome.CREATED;
		}
		catch (ConflictException ex) {
			// Another instance stored this alert first, worded from data read a moment
			// earlier: the first stays.
			log.debug("Alert {} already stored differently", alert.get("_id"));
			return false;
		}
	}

	/** The newest alerts matching the filter, newest first. */
	public List<AlertEvent> newest(AlertFilter filter, int limit) {
		List<Criteria> all = new ArrayList<>();
		if (filter != null) {
			if (filter.committeeId() != null) {
				all.add(Criteria.where("committeeId").is(filter.committeeId()));
			}
			if (filter.reportId() != null) {
				all.add(Criteria.where("reportId").is(filter.reportId()));
			}
			if (filter.askId() != null) {
				all.add(Criteria.where("askId").is(filter.askId()));
			}
			if (filter.kinds() != null && !filter.kinds().isEmpty()) {
				all.add(Criteria.where("kind").in(filter.kinds()));
			}
		}
		Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
			.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
			.limit(Math.min(limit, MAX_LISTED));
		return this.mongo.find(query, AlertEvent.class);
	}

}
