/**
 * Search: ranked full-text search with highlights across asks, answers, programmes,
 * evidence, letters and reports, over an in-memory index derived from the store and kept
 * right by following the audit trail.
 */
package london.scrutiny.tracker.search;
