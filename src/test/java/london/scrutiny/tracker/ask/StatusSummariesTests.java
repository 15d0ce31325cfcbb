package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How statuses are counted into a summary (when one is kept:
 * {@code KeptUntilWriteTests}).
 */
class StatusSummariesTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

	@Test
	void everyStatusValueIsListedWithItsCount_zerosAndUnassessedIncluded() {
		StatusAt awaiting = new StatusAt(DAY, DAY.plusMonths(1), ResponseStatus.AWAITING_RESPONSE, null, null, null,
				null, null);
		StatusAt accepted = new StatusAt(DAY, DAY.minusMonths(1), ResponseStatus.RESPONDED, null, Position.ACCEPTED,
				Implementation.IN_PROGRESS, Verification.VERIFIED, DeadlineStatus.UPCOMING);
		StatusSummary summary = StatusSummaries.count(List.of(awaiting, accepted, accepted), DAY);
		assertThat(summary.asOf()).isEqualTo(DAY);
		assertThat(summary.total()).isEqualTo(3);
		assertThat(summary.byResponseStatus()).hasSize(ResponseStatus.values().length)
			.contains(new StatusSummary.ResponseStatusCount(ResponseStatus.AWAITING_RESPONSE, 1),
					new StatusSummary.ResponseStatusCount(ResponseStatus.RESPONDED, 2),
					new StatusSummary.ResponseStatusCount(ResponseStatus.RESPONSE_OVERDUE, 0));
		assertThat(summary.byPosition()).hasSize(Position.values().length + 1)
			.contains(new StatusSummary.PositionCount(null, 1), new StatusSummary.PositionCount(Position.ACCEPTED, 2));
		assertThat(summary.byImplementation()).contains(
				new StatusSummary.ImplementationCount(Implementation.IN_PROGRESS, 2),
				new StatusSummary.ImplementationCount(null, 1));
		assertThat(summary.byDeadlineStatus())
			.contains(new StatusSummary.DeadlineStatusCount(DeadlineStatus.UPCOMING, 2));
		assertThat(summary.byVerification()).hasSize(3)
			.contains(new StatusSummary.VerificationCount(Verification.VERIFIED, 2),
					new StatusSummary.VerificationCount(null, 1));
	}

}
