package london.scrutiny.tracker.alerts;

import java.util.List;

/**
 * Which alerts: of a committee, a report or an ask, of some kinds; all conditions hold.
 */
public record AlertFilter(String committeeId, String reportId, String askId, List<AlertKind> kinds) {

	boolean matches(AlertEvent event) {
		return (this.committeeId == null || this.committeeId.equals(event.committeeId()))
				&& (this.reportId == null || this.reportId.equals(event.reportId()))
				&& (this.askId == null || this.askId.equals(event.askId()))
				&& (this.kinds == null || this.kinds.isEmpty() || this.kinds.contains(event.kind()));
	}

}
