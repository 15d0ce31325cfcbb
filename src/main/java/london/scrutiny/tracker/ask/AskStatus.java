package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.PartialDate;

/**
 * Where an ask stands as of a date (see {@link AsOfView}): its status folded from its due
 * date, the letters, the assessments and the deadline revisions up to then, and the
 * answers and letters that could be read then, each answer with its position then.
 */
public record AskStatus(LocalDate asOf, ResponsePolicy.ResponseDue responseDue, LocalDate firstAnsweredOn,
		ResponseStatus responseStatus, Integer daysLate, Position position, Implementation implementation,
		Implementation claimedImplementation, Implementation verifiedImplementation, Verification verification,
		PartialDate deadline, PartialDate originalDeadline, List<DeadlineRevision> deadlineRevisions,
		DeadlineStatus deadlineStatus, Integer daysToDeadline, List<Assessment> history, List<AskEvent> timeline,
		List<Response> answers, List<SourceDocument> letters, Map<String, Position> answerPositions) {

	/** The answers to the status questions alone. */
	public StatusAt at() {
		return new StatusAt(this.asOf, responseDueOn(), this.responseStatus, this.daysLate, this.position,
				this.implementation, this.verification, this.deadlineStatus);
	}

	public LocalDate responseDueOn() {
		return (this.responseDue != null) ? this.responseDue.date() : null;
	}

}
