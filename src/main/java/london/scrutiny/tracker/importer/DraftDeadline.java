package london.scrutiny.tracker.importer;

import java.time.LocalDate;

import london.scrutiny.tracker.support.Precision;

/**
 * When an ask is due, as the document words it ("By November 2026", "at the next meeting
 * on 26 November 2013", "annually"). {@code date} is the last day the words allow and
 * {@code precision} how exactly they give it; both are null when the words name no
 * calendar date (a recurring or soft timing).
 */
public record DraftDeadline(String text, LocalDate date, Precision precision) {
}
