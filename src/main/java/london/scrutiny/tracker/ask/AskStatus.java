package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.support.PartialDate;

/**
 * Where an ask stands as of a date, folded from its due date, the letters, the
 * assessments and the deadline revisions up to then.
 */
public record AskStatus(LocalDate asOf, ResponsePolicy.ResponseDue responseDue, LocalDate firstAnsweredOn,
		ResponseStatus responseStatus, Integer daysLate, Position position, Implementation implementation,
		Implementation claimedImplementation, Implementation verifiedImplementation, Verification verification,
		PartialDate deadline, PartialDate originalDeadline, List<DeadlineRevision> deadlineRevisions,
		DeadlineStatus deadlineStatus, Integer daysToDeadline, List<Assessment> history, List<AskEvent> timeline) {

	public LocalDate responseDueOn() {
		return (this.responseDue != null) ? this.responseDue.date() : null;
	}

}
