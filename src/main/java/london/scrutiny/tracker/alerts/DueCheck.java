package london.scrutiny.tracker.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AskAt;
import london.scrutiny.tracker.ask.AskStatus;
import london.scrutiny.tracker.ask.DeadlineStatus;
import london.scrutiny.tracker.ask.ResponseStatus;
import london.scrutiny.tracker.ask.StatusService;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The alerts that time raises: an answer falling overdue, a deadline met or missed. Each
 * run computes every ask's status as of today, 100 asks at a time, and raises an alert
 * for each such state under an id made of the ask and the date concerned, so running it
 * again (after a restart, or on another instance) raises nothing new.
 */
@Component
class DueCheck {

	static final int BATCH = 100;

	private final MongoTemplate mongo;

	private final StatusService status;

	private final Alerts alerts;

	DueCheck(MongoTemplate mongo, StatusService status, Alerts alerts) {
		this.mongo = mongo;
		this.status = status;
		this.alerts = alerts;
	}

	/** Raises what is due as of today; returns how many alerts were new. */
	int run() {
		LocalDate today = this.status.today();
		int raised = 0;
		String after = null;
		while (true) {
			Criteria next = (after != null) ? Criteria.where("_id").gt(after) : new Criteria();
			List<Ask> asks = this.mongo.find(new Query(next).with(Sort.by("_id")).limit(BATCH), Ask.class);
			if (asks.isEmpty()) {
				return raised;
			}
			Map<AskAt, AskStatus> statuses = this.status.statuses(asks,
					asks.stream().map((a) -> new AskAt(a.id(), today)).toList());
			for (Ask ask : asks) {
				raised += raise(ask, statuses.get(new AskAt(ask.id(), today)));
			}
			after = asks.get(asks.size() - 1).id();
		}
	}

	private int raise(Ask ask, AskStatus status) {
		int raised = 0;
		if (status == null) {
			return 0;
		}
		LocalDate due = status.responseDueOn();
		if (status.responseStatus() == ResponseStatus.RESPONSE_OVERDUE && due != null) {
			raised += count(this.alerts.raise(AlertKind.ANSWER_OVERDUE, ask.id(), due.toString(), due.plusDays(1), null,
					"Answer to " + ask.id() + " overdue since " + due,
					"No answer was recorded by " + due + ", the date it was due."));
		}
		LocalDate deadline = (status.deadline() != null) ? status.deadline().date() : null;
		if (deadline != null && status.deadlineStatus() == DeadlineStatus.MET) {
			raised += count(this.alerts.raise(AlertKind.DEADLINE_MET, ask.id(), deadline.toString(), deadline, null,
					"Deadline of " + ask.id() + " met (" + deadline + ")",
					"Implemented by the deadline, " + deadline + "."));
		}
		if (deadline != null && status.deadlineStatus() == DeadlineStatus.MISSED) {
			raised += count(this.alerts.raise(AlertKind.DEADLINE_MISSED, ask.id(), deadline.toString(),
					deadline.plusDays(1), null, "Deadline of " + ask.id() + " missed (" + deadline + ")",
					"Not implemented by the deadline, " + deadline + "."));
		}
		return raised;
	}

	private static int count(boolean raised) {
		return raised ? 1 : 0;
	}

}
