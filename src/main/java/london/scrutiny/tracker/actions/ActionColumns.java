package london.scrutiny.tracker.actions;

import java.util.List;
import java.util.function.Function;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.support.UkDates;

/**
 * The columns of the tabled paper, defined once for every format, in the Committee's own
 * words: its Summary List of Actions lists each minute item (or recommendation), the
 * topic, its status and who it is for action by.
 */
final class ActionColumns {

	record Column(String header, Function<ActionItem, String> value) {
	}

	/** The item column: a minute item of a meeting, a recommendation of a report. */
	static final Column ITEM = new Column("Item", (i) -> String.valueOf(i.ask().number()));

	static final Column TOPIC = new Column("Topic", ActionItem::actionRequired);

	static final Column STATUS = new Column("Status", ActionColumns::status);

	static final Column FOR_ACTION_BY = new Column("For action by", ActionItem::forActionByNames);

	/** The tabled paper's columns. */
	static final List<Column> PAPER = List.of(ITEM, TOPIC, STATUS, FOR_ACTION_BY);

	/**
	 * A spreadsheet's columns: the paper's, with where each action comes from and its
	 * dates.
	 */
	static final List<Column> ALL = List.of(new Column("Meeting or report", (i) -> i.source().title()),
			new Column("Date", (i) -> UkDates.format(i.askedOn())), ITEM, TOPIC,
			new Column("Status", (i) -> i.actionStatus().label()), FOR_ACTION_BY,
			new Column("Response due", (i) -> UkDates.format(i.status().responseDueOn())),
			new Column("Correspondence sent", ActionColumns::sent),
			new Column("Correspondence received", ActionColumns::received),
			new Column("Days late", (i) -> (i.status().daysLate() != null) ? i.status().daysLate().toString() : ""));

	private ActionColumns() {
	}

	/** The first column's header for the actions of one source. */
	static String itemHeader(ActionItem first) {
		return (first.source().kind() == DocumentKind.COMMITTEE_MEETING) ? "Item" : "Recommendation";
	}

	/** When and how the asks were put, in words. */
	static String sent(ActionItem item) {
		return item.correspondenceSent().replace(String.valueOf(item.askedOn()), UkDates.format(item.askedOn()));
	}

	/** Each answering letter's reference and date, in words. */
	static String received(ActionItem item) {
		return String.join("; ",
				item.responses()
					.stream()
					.map((l) -> "letter " + l.reference() + " of " + UkDates.format(l.date()))
					.toList());
	}

	/** The status as the paper words it: the status, then what happened or is awaited. */
	static String status(ActionItem item) {
		String label = item.actionStatus().label();
		if (!item.responses().isEmpty()) {
			return label + ". Answered by " + received(item) + ".";
		}
		if (item.status().responseDueOn() == null) {
			return label + ".";
		}
		String due = UkDates.format(item.status().responseDueOn());
		return switch (item.actionStatus()) {
			case OVERDUE -> label + ". The answer was due by " + due
					+ ((item.status().daysLate() != null) ? " (" + item.status().daysLate() + " days late)." : ".");
			default -> label + ". The answer is due by " + due + ".";
		};
	}

}
