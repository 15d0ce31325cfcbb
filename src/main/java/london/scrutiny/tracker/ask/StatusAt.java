package london.scrutiny.tracker.ask;

import java.time.LocalDate;

/**
 * The answers to the status questions on a date, without the records behind them: what
 * filters, counts and the Summary List of Actions need.
 */
public record StatusAt(LocalDate asOf, LocalDate responseDueOn, ResponseStatus responseStatus, Integer daysLate,
		Position position, Implementation implementation, Verification verification, DeadlineStatus deadlineStatus) {

	/** Whether the status meets every status condition of the filter. */
	boolean matches(RecommendationFilter filter) {
		return filter == null
				|| (within(filter.position(), this.position) && within(filter.responseStatus(), this.responseStatus)
						&& within(filter.implementation(), this.implementation)
						&& within(filter.deadlineStatus(), this.deadlineStatus));
	}

	private static <T> boolean within(java.util.List<T> wanted, T actual) {
		return !RecommendationFilter.present(wanted) || wanted.contains(actual);
	}

}
