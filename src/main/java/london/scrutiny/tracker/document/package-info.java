/**
 * The {@code documents} collection: every source the tracker knows (reports, meetings,
 * letters, inspection and annual reports), with its text where held. Reports and letters
 * are two views of it.
 */
package london.scrutiny.tracker.document;
