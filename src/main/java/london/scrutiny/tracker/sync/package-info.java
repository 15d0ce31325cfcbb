/**
 * Incremental sync: {@code changes(after:)}, a snapshot of every public record followed
 * by the audit trail in sequence order, behind an opaque cursor the client keeps.
 */
package london.scrutiny.tracker.sync;
