/**
 * Asks: the recommendations of reports and the action points of meetings, with their
 * status. An ask and its status are one aggregate: the assessments (append-only events),
 * deadline revisions and the status of an ask as of any date, folded from the events,
 * letters and due dates up to that date; filters, paging and {@code statusSummary}.
 */
package london.scrutiny.tracker.ask;
