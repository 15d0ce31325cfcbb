/**
 * Search: literal, case-insensitive text across asks, answers, programmes, evidence,
 * letters and reports.
 */
package london.scrutiny.tracker.search;
