package london.scrutiny.tracker.status;

import java.time.LocalDate;

import london.scrutiny.tracker.document.SourceDocument;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When answers fall due where a report or request does not say: {@code months} after the asks were put.
 * Two months is the convention UK select committees follow for government responses.
 */
@ConfigurationProperties("tracker.response-policy")
public record ResponsePolicy(@DefaultValue("2") int months) {

	/** The due date of a report's or meeting's answers, stated or by policy; null when nothing dates it. */
	public ResponseDue dueFor(SourceDocument report) {
		if (report.responseDue() != null && report.responseDue().date() != null) {
			return new ResponseDue(report.responseDue().date(), ResponseDue.Basis.STATED, null,
					report.responseDue().text());
		}
		LocalDate askedOn = report.askedOn();
		if (askedOn == null) {
			return null;
		}
		return new ResponseDue(askedOn.plusMonths(this.months), ResponseDue.Basis.POLICY, askedOn,
				"Due " + this.months + " months after the asks were put on " + askedOn
						+ ", by the committee's response policy.");
	}

	/** A due date and how it was set. */
	public record ResponseDue(LocalDate date, Basis basis, LocalDate countedFrom, String note) {

		public enum Basis {

			STATED, POLICY

		}

	}

}
