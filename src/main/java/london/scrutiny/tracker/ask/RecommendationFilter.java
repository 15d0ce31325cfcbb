package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;

/**
 * The conditions of {@code recommendations(filter:)} and {@code statusSummary(filter:)}.
 */
public record RecommendationFilter(List<String> reportId, AskKind kind, List<String> addresseeId, List<String> theme,
		List<Position> position, List<ResponseStatus> responseStatus, List<Implementation> implementation,
		List<DeadlineStatus> deadlineStatus, String text, LocalDate askedFrom, LocalDate askedTo) {

	/** Whether any condition needs the computed status of each ask. */
	boolean needsStatus() {
		return present(this.position) || present(this.responseStatus) || present(this.implementation)
				|| present(this.deadlineStatus);
	}

	static boolean present(List<?> values) {
		return values != null && !values.isEmpty();
	}

}
