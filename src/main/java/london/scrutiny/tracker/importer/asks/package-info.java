/**
 * Reads the asks a report, an inspection or a meeting's minutes make, from their text:
 * numbered recommendations and conclusions, "areas for improvement" and causes of
 * concern, minutes' lead-ins ("undertook to:", "requested the following information")
 * with their bullets, decisions in prose ("it was agreed that") and flattened Summary
 * List of Actions tables; then records a checked draft through the report write path.
 */
package london.scrutiny.tracker.importer.asks;
