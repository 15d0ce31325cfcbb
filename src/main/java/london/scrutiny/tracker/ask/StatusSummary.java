package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;

/** Counts of asks by each status question, as of a date. */
public record StatusSummary(LocalDate asOf, int total, List<ResponseStatusCount> byResponseStatus,
		List<PositionCount> byPosition, List<ImplementationCount> byImplementation,
		List<DeadlineStatusCount> byDeadlineStatus, List<VerificationCount> byVerification) {

	public record ResponseStatusCount(ResponseStatus status, int count) {
	}

	public record PositionCount(Position position, int count) {
	}

	public record ImplementationCount(Implementation implementation, int count) {
	}

	public record DeadlineStatusCount(DeadlineStatus status, int count) {
	}

	public record VerificationCount(Verification verification, int count) {
	}

}
