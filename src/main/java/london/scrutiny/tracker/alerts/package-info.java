/**
 * Alerts: events about asks (a letter arrives, an answer falls overdue, an assessment
 * changes a position or implementation, a deadline is revised, met or missed), each
 * stored once under a stable id, and delivered as Atom feeds, the {@code askEvents}
 * subscription and signed webhooks.
 */
package london.scrutiny.tracker.alerts;
