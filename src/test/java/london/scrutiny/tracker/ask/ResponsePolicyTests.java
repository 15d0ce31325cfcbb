package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.organisation.Party;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When answers fall due: stated, by the default period, or by the report author's own
 * period.
 */
class ResponsePolicyTests {

	private final ResponsePolicy policy = new ResponsePolicy(Period.ofMonths(2),
			Map.of("org/hmicfrs", Period.ofDays(56)));

	@Test
	void theDefaultIsTwoMonthsFromTheDateTheAsksWerePut() {
		ResponsePolicy.ResponseDue due = this.policy.dueFor(report("org/london-assembly-pcc", "2022-03-23"));
		assertThat(due.date()).isEqualTo("2022-05-23");
		assertThat(due.basis()).isEqualTo(ResponsePolicy.ResponseDue.Basis.POLICY);
		assertThat(due.note()).contains("2 months").contains("2022-03-23");
	}

	@Test
	void anAuthorsOwnPeriodWins() {
		ResponsePolicy.ResponseDue due = this.policy.dueFor(report("org/hmicfrs", "2021-01-01"));
		assertThat(due.date()).isEqualTo("2021-02-26");
		assertThat(due.note()).contains("56 days").contains("org/hmicfrs");
	}

	@Test
	void nothingDatesAReportWithoutADate() {
		assertThat(this.policy.dueFor(report(null, null))).isNull();
	}

	private static SourceDocument report(String author, String date) {
		return new SourceDocument("r", DocumentKind.COMMITTEE_REPORT, "t", null, null, null,
				(date != null) ? LocalDate.parse(date) : null, null, null, null, null, null, null,
				(author != null) ? new Party(null, null, null, author) : null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

}
