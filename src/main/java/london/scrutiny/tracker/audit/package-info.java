/**
 * The audit trail: every write appends who, when, what, and the values before and after;
 * never edited.
 */
package london.scrutiny.tracker.audit;
