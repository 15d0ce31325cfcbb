package london.scrutiny.tracker.alerts;

/** What an alert says happened to an ask. */
public enum AlertKind {

	/** A letter answering the ask was recorded. */
	LETTER_ARRIVED,

	/** The answer's due date passed with no answer. */
	ANSWER_OVERDUE,

	/** An assessment changed the ask's position or implementation. */
	ASSESSMENT_CHANGED,

	/** The ask's deadline was moved. */
	DEADLINE_REVISED,

	/** The deadline passed with the ask implemented. */
	DEADLINE_MET,

	/** The deadline passed without it. */
	DEADLINE_MISSED

}
