package london.scrutiny.tracker.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import london.scrutiny.tracker.audit.AuditEntry;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The alerts a write raises, read from its audit entry: a letter recorded (one alert per
 * ask it answers), an assessment that changes an ask's position or implementation, a
 * deadline revision.
 */
@Component
class TrailAlerts {

	private final Alerts alerts;

	private final MongoTemplate mongo;

	TrailAlerts(Alerts alerts, MongoTemplate mongo) {
		this.alerts = alerts;
		this.mongo = mongo;
	}

	void raiseFor(AuditEntry entry) {
		Document after = entry.after();
		if (entry.before() != null || after == null) {
			return;
		}
		switch (entry.collection()) {
			case "documents" -> {
				if ("LETTER".equals(after.getString("kind"))) {
					letter(entry.targetId(), after);
				}
			}
			case "assessments" -> assessment(entry.targetId(), after);
			case "deadlineRevisions" -> revision(entry.targetId(), after);
			default -> {
			}
		}
	}

	private void letter(String letterId, Document letter) {
		List<Document> answers = this.mongo.find(new Query(Criteria.where("letterId").is(letterId)), Document.class,
				"responses");
		String reference = letter.getString("reference");
		for (Document answer : answers) {
			String askId = answer.getString("askId");
			this.alerts.raise(AlertKind.LETTER_ARRIVED, askId, letterId, LocalDate.parse(letter.getString("date")),
					letterId, "Letter " + reference + " answers " + askId, shorten(answer.getString("text")));
		}
	}

	private void assessment(String id, Document assessment) {
		String askId = assessment.getString("askId");
		String effectiveOn = assessment.getString("effectiveOn");
		Document previous = null;
		Query earlier = new Query(new Criteria().andOperator(Criteria.where("askId").is(askId),
				Criteria.where("_id").ne(id), Criteria.where("effectiveOn").lte(effectiveOn)))
			.with(Sort.by("effectiveOn", "recordedAt", "_id"));
		for (Document candidate : this.mongo.find(earlier, Document.class, "assessments")) {
			previous = candidate;
		}
		String position = assessment.getString("position");
		String implementation = assessment.getString("implementation");
		if (previous != null && Objects.equals(previous.getString("position"), position)
				&& Objects.equals(previous.getString("implementation"), implementation)) {
			return;
		}
		String was = (previous != null)
				? " (was " + previous.getString("position") + ", " + previous.getString("implementation") + ")" : "";
		this.alerts.raise(AlertKind.ASSESSMENT_CHANGED, askId, id.replace('/', '_'), LocalDate.parse(effectiveOn), null,
				askId + " assessed " + position + ", " + implementation + was,
				shorten(assessment.getString("rationale")));
	}

	private void revision(String id, Document revision) {
		String askId = revision.getString("askId");
		Document deadline = revision.get("deadline", Document.class);
		String to = (deadline != null)
				? Objects.requireNonNullElse(deadline.getString("text"), deadline.getString("date")) : "?";
		this.alerts.raise(AlertKind.DEADLINE_REVISED, askId, id.replace('/', '_'),
				LocalDate.parse(revision.getString("effectiveOn")), null, "Deadline of " + askId + " moved: " + to,
				shorten(revision.getString("reason")));
	}

	static String shorten(String text) {
		if (text == null) {
			return null;
		}
		return (text.length() <= 300) ? text : text.substring(0, 297) + "...";
	}

}
