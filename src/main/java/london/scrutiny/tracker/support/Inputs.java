package london.scrutiny.tracker.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Input values of the write API, checked and turned into the records stored. */
public final class Inputs {

	private Inputs() {
	}

	/**
	 * A date the documents give: MONTH precision must be a month's last day, YEAR a 31
	 * December.
	 */
	public static void checkPartialDate(Checks checks, PartialDateInput date, String field) {
		if (date == null) {
			return;
		}
		checks.require(date.date() != null && date.precision() != null, field, "needs a date and a precision.");
		if (date.date() != null && date.precision() == Precision.MONTH) {
			checks.require(date.date().equals(YearMonth.from(date.date()).atEndOfMonth()), field + ".date",
					"with MONTH precision the date is the month's last day, "
							+ YearMonth.from(date.date()).atEndOfMonth() + ".");
		}
		if (date.date() != null && date.precision() == Precision.YEAR) {
			checks.require(date.date().getMonthValue() == 12 && date.date().getDayOfMonth() == 31, field + ".date",
					"with YEAR precision the date is 31 December.");
		}
	}

	/** A span of time must not end before it starts. */
	public static void checkPeriod(Checks checks, PeriodInput period, String field) {
		if (period == null || period.from() == null || period.to() == null) {
			return;
		}
		checks.require(!period.from().isAfter(period.to()), field,
				"starts (" + period.from() + ") after it ends (" + period.to() + "); give 'from' on or before 'to'.");
	}

	public static PartialDate partialDate(PartialDateInput date) {
		return (date == null) ? null : new PartialDate(date.date(), date.precision(), date.text());
	}

	public static Period period(PeriodInput period) {
		return (period == null) ? null : new Period(period.from(), period.to(), period.text());
	}

	public static Source source(SourceInput source) {
		return (source == null) ? null : new Source(source.documentId(), source.quote(), source.locator());
	}

	public static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

	/** A date the documents give, as the write API receives it. */
	public record PartialDateInput(LocalDate date, Precision precision, String text) {
	}

	/** A span of time, as the write API receives it. */
	public record PeriodInput(LocalDate from, LocalDate to, String text) {
	}

	/** Where a statement is written, as the write API receives it. */
	public record SourceInput(String documentId, String quote, String locator) {
	}

	/** Turns a map of optional changes into a $set of the given fields only. */
	public static org.springframework.data.mongodb.core.query.Update setGiven(Map<String, Object> changes) {
		org.springframework.data.mongodb.core.query.Update update = new org.springframework.data.mongodb.core.query.Update();
		changes.forEach((field, value) -> {
			if (value != null) {
				update.set(field, value);
			}
		});
		return update;
	}

}
