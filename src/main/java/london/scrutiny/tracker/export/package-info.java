/**
 * Bulk export: every list of the API as NDJSON or CSV under {@code /export/{kind}},
 * streamed from a MongoDB cursor with the same filters as the GraphQL lists.
 */
package london.scrutiny.tracker.export;
