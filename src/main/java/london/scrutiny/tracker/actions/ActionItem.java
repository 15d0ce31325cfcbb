package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.StatusAt;

/** One line of the Summary List of Actions. */
public record ActionItem(Ask ask, SourceDocument source, StatusAt status, ActionStatus actionStatus,
		List<Organisation> forActionBy, List<SourceDocument> responses) {

	/**
	 * What is asked, in the document's words; a placeholder where the corpus lacks them.
	 */
	public String actionRequired() {
		if (this.ask.text() != null) {
			return this.ask.text();
		}
		return (this.ask.title() != null) ? this.ask.title()
				: "Recommendation " + this.ask.number() + " (text not held)";
	}

	public LocalDate askedOn() {
		return this.source.askedOn();
	}

	/** The correspondence sent: when the asks were put, and how. */
	public String correspondenceSent() {
		LocalDate asked = askedOn();
		if (asked == null) {
			return "";
		}
		boolean separateRequest = this.source.requestedOn() != null && !asked.equals(this.source.date());
		return (separateRequest ? "Request sent " : "Report shared ") + asked;
	}

	/** The correspondence received: each answering letter's reference and date. */
	public String correspondenceReceived() {
		return String.join("; ", this.responses.stream().map((l) -> l.reference() + " (" + l.date() + ")").toList());
	}

	public String forActionByNames() {
		return String.join(", ",
				this.forActionBy.stream().map((o) -> (o.shortName() != null) ? o.shortName() : o.name()).toList());
	}

}
