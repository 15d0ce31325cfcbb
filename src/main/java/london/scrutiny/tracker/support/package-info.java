/**
 * What every feature shares: the value types of provenance and dates, Relay paging, the
 * scalars, and the mapping of failures to classified GraphQL errors.
 */
package london.scrutiny.tracker.support;
