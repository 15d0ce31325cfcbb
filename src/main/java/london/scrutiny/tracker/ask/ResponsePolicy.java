package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import london.scrutiny.tracker.document.SourceDocument;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When answers fall due where a report or request does not say: a period after the asks
 * were put, {@code P2M} (two months, the convention UK select committees follow) unless
 * the author of the report has its own, such as
 * {@code tracker.response-policy.by-author[org/london-assembly-pcc]=P2M}.
 */
@ConfigurationProperties("tracker.response-policy")
public record ResponsePolicy(@DefaultValue("P2M") Period period, Map<String, Period> byAuthor) {

	public ResponsePolicy {
		byAuthor = (byAuthor != null) ? byAuthor : Map.of();
	}

	/**
	 * The due date of a report's or meeting's answers, stated or by policy; null when
	 * nothing dates it.
	 */
	public ResponseDue dueFor(SourceDocument report) {
		if (report.responseDue() != null && report.responseDue().date() != null) {
			return new ResponseDue(report.responseDue().date(), ResponseDue.Basis.STATED, null,
					report.responseDue().text());
		}
		LocalDate askedOn = report.askedOn();
		if (askedOn == null) {
			return null;
		}
		String author = (report.author() != null) ? report.author().organisationId() : null;
		Period own = (author != null) ? this.byAuthor.get(author) : null;
		Period allowed = (own != null) ? own : this.period;
		// LocalDate.plus clamps to the month's end: two months from 31 December is 29
		// February in a leap year.
		return new ResponseDue(askedOn.plus(allowed), ResponseDue.Basis.POLICY, askedOn,
				"Due " + describe(allowed) + " after the asks were put on " + askedOn + ", by the response policy"
						+ ((own != null) ? " for " + author : "") + ".");
	}

	private static String describe(Period period) {
		if (period.getYears() == 0 && period.getDays() == 0) {
			return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
		}
		if (period.getYears() == 0 && period.getMonths() == 0) {
			return period.getDays() + (period.getDays() == 1 ? " day" : " days");
		}
		return period.toString();
	}

	/** A due date and how it was set. */
	public record ResponseDue(LocalDate date, Basis basis, LocalDate countedFrom, String note) {

		public enum Basis {

			STATED, POLICY

		}

	}

}
