/**
 * Status: the assessments of asks (append-only events) and the status of an ask as of any
 * date, folded from the events, letters and due dates up to that date; and the counts of
 * {@code statusSummary}.
 */
package london.scrutiny.tracker.status;
