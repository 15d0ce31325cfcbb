/**
 * Evidence: the numeric claims of the documents, as figures with units and periods, each
 * with its verbatim source.
 */
package london.scrutiny.tracker.evidence;
