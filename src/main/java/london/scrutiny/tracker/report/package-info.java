/**
 * Reports and meetings: the documents that make asks or carry evidence, and their
 * response due dates.
 */
package london.scrutiny.tracker.report;
