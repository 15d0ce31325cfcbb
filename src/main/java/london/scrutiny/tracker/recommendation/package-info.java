/**
 * Asks: the recommendations of reports and the action points of meetings, their filters
 * and paging, and the fields that link them to reports, answers, programmes and evidence.
 */
package london.scrutiny.tracker.recommendation;
