package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.organisation.Organisation;

/** A committee's Summary List of Actions as of a date. */
public record SummaryOfActions(Organisation committee, LocalDate asOf, List<ActionItem> items) {

	public long count(ActionStatus status) {
		return this.items.stream().filter((i) -> i.actionStatus() == status).count();
	}

	public String title() {
		return this.committee.name() + ": Summary List of Actions as of " + this.asOf;
	}

}
