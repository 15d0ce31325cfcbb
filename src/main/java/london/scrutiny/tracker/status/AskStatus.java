package london.scrutiny.tracker.status;

import java.time.LocalDate;
import java.util.List;

/** Where an ask stands as of a date, folded from its due date, the letters and the assessments up to then. */
public record AskStatus(LocalDate asOf, LocalDate responseDueOn, ResponseStatus responseStatus, Integer daysLate,
		Position position, Implementation implementation, DeadlineStatus deadlineStatus, Integer daysToDeadline,
		List<Assessment> history) {
}
