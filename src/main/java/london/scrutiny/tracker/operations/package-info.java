/**
 * Operations: what an operator watches. The embedded store's health, and the metrics
 * Prometheus scrapes: GraphQL requests by operation and outcome, writes by mutation,
 * requests refused by a limit.
 */
package london.scrutiny.tracker.operations;
