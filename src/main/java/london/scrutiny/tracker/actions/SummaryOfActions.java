package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.organisation.Organisation;

/**
 * A committee's Summary List of Actions as of a date: its lines in the list's order, each
 * with its status.
 */
public record SummaryOfActions(Organisation committee, LocalDate asOf, List<ActionLine> lines) {

	/** Unchangeable: a list is kept and shared by the requests that ask for it. */
	public SummaryOfActions {
		lines = List.copyOf(lines);
	}

	public long count(ActionStatus status) {
		return this.lines.stream().filter((l) -> l.actionStatus() == status).count();
	}

	/**
	 * The lines with any of the statuses, in the list's order; all when none are given.
	 */
	List<ActionLine> withStatus(List<ActionStatus> statuses) {
		if (statuses == null || statuses.isEmpty()) {
			return this.lines;
		}
		return this.lines.stream().filter((l) -> statuses.contains(l.actionStatus())).toList();
	}

	public String title() {
		return this.committee.name() + ": Summary List of Actions as of " + this.asOf;
	}

}
