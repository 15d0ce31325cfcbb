package london.scrutiny.tracker.actions;

import london.scrutiny.tracker.ask.ResponseStatus;

/**
 * The statuses a Summary List of Actions uses, read from whether the action's answer has
 * arrived.
 */
public enum ActionStatus {

	COMPLETED("Completed"), IN_PROGRESS("In progress"), OVERDUE("Overdue");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	/** The words the committee's paper uses. */
	public String label() {
		return this.label;
	}

	static ActionStatus of(ResponseStatus response) {
		return switch (response) {
			case RESPONDED, RESPONDED_LATE -> COMPLETED;
			case RESPONSE_OVERDUE -> OVERDUE;
			case AWAITING_RESPONSE -> IN_PROGRESS;
		};
	}

}
