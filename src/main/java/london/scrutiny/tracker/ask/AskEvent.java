package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.support.PartialDate;

/**
 * One dated event in an ask's life, for the timeline a journalist reads: asked, answer
 * due, answered, assessed, deadline moved, deadline. Dates after the query's date are
 * shown as upcoming.
 */
public record AskEvent(LocalDate date, Kind kind, String description, boolean upcoming, SourceDocument letter,
		Assessment assessment, DeadlineRevision revision) {

	public enum Kind {

		ASKED, RESPONSE_DUE, ANSWERED, ASSESSED, DEADLINE_REVISED, DEADLINE

	}

	/**
	 * Events of the kinds that happen (not those that fall due) are kept only up to the
	 * date.
	 */
	static List<AskEvent> timeline(Ask ask, SourceDocument report, ResponsePolicy.ResponseDue due,
			List<SourceDocument> letters, List<Assessment> history, List<DeadlineRevision> revisions,
			PartialDate deadline, LocalDate asOf) {
		List<AskEvent> events = new ArrayList<>();
		if (report != null && report.askedOn() != null && !report.askedOn().isAfter(asOf)) {
			events.add(new AskEvent(report.askedOn(), Kind.ASKED,
					"Asked in " + ((report.title() != null) ? report.title() : report.id()), false, null, null, null));
		}
		if (due != null) {
			events.add(new AskEvent(due.date(), Kind.RESPONSE_DUE,
					"Answer due (" + due.basis().name().toLowerCase()
							+ ((due.note() != null) ? ": " + due.note() : ")"),
					due.date().isAfter(asOf), null, null, null));
		}
		letters.stream()
			.filter((l) -> l.date() != null && !l.date().isAfter(asOf))
			.forEach((l) -> events.add(new AskEvent(l.date(), Kind.ANSWERED, "Answered by letter " + l.reference(),
					false, l, null, null)));
		history.forEach(
				(a) -> events.add(new AskEvent(
						a.effectiveOn(), Kind.ASSESSED, "Assessed " + a.position().name() + ", "
								+ a.implementation().name() + " (" + a.verification().name() + ") by " + a.assessedBy(),
						false, null, a, null)));
		revisions.forEach((r) -> events.add(new AskEvent(r.effectiveOn(), Kind.DEADLINE_REVISED,
				"Deadline moved to " + r.deadline().date() + ": " + r.reason(), false, null, null, r)));
		if (deadline != null && deadline.date() != null) {
			events.add(new AskEvent(deadline.date(), Kind.DEADLINE,
					"Own deadline" + ((deadline.text() != null) ? " (\"" + deadline.text() + "\")" : ""),
					deadline.date().isAfter(asOf), null, null, null));
		}
		events.sort(Comparator.comparing(AskEvent::date).thenComparing(AskEvent::kind));
		return events;
	}

}
