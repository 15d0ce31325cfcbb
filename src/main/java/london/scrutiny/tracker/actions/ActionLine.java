package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.StatusAt;
import london.scrutiny.tracker.document.SourceDocument;

/**
 * One action of the list before its addressees and letters are read: the ask, the report
 * or meeting that made it, and its status on the list's date. What counts, filters and
 * orders the list, cheap enough to hold for every ask; an {@link ActionItem} is built
 * only for the lines a query returns.
 */
public record ActionLine(Ask ask, SourceDocument source, StatusAt status, ActionStatus actionStatus) {

	/** The list's order: oldest first, then by report or meeting, then by number. */
	static final Comparator<ActionLine> ORDER = Comparator
		.comparing(ActionLine::askedOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((l) -> l.ask().reportId())
		.thenComparingInt((l) -> l.ask().number())
		.thenComparing((l) -> l.ask().id());

	/** Where an ask whose date is not known yet sorts: after every dated one. */
	private static final LocalDate UNDATED = LocalDate.MAX;

	ActionLine(Ask ask, SourceDocument source, StatusAt status) {
		this(ask, source, status, ActionStatus.of(status.responseStatus()));
	}

	LocalDate askedOn() {
		return this.source.askedOn();
	}

	/**
	 * The line's place in {@link #ORDER}, as a cursor holds it: the same keys in the same
	 * order, an undated ask at the end.
	 */
	Map<String, Object> position() {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put("askedOn", (askedOn() != null) ? askedOn() : UNDATED);
		keys.put("reportId", this.ask.reportId());
		keys.put("number", (long) this.ask.number());
		keys.put("id", this.ask.id());
		return keys;
	}

}
