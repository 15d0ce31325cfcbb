/**
 * Bulk export: every list of the API as NDJSON or CSV under {@code /export/{kind}}, read
 * from MongoDB in keyset chunks and streamed, with the same filters as the GraphQL lists.
 */
package london.scrutiny.tracker.export;
