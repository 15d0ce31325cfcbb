package london.scrutiny.tracker.actions;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The columns of the tabled paper, defined once for every format. */
final class ActionColumns {

	record Column(String header, Function<ActionItem, String> value) {
	}

	static final List<Column> ALL = List.of(new Column("Date", (i) -> text(i.askedOn())),
			new Column("From", (i) -> text(i.source().title())),
			new Column("No.", (i) -> String.valueOf(i.ask().number())),
			new Column("Action required", ActionItem::actionRequired),
			new Column("Status", (i) -> i.actionStatus().label()),
			new Column("For action by", ActionItem::forActionByNames),
			new Column("Response due", (i) -> text(i.status().responseDueOn())),
			new Column("Correspondence sent", ActionItem::correspondenceSent),
			new Column("Correspondence received", ActionItem::correspondenceReceived),
			new Column("Days late", (i) -> text(i.status().daysLate())));

	private ActionColumns() {
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}

}
