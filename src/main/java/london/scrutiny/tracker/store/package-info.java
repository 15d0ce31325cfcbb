/**
 * Where the data lives: the embedded MongoDB-wire-protocol server used when no MongoDB
 * URI is configured, the collections and indexes (defined once in
 * {@code mongo-init/collections.json}), the type conversions, and the idempotent loading
 * of the curated seed bundles.
 */
package london.scrutiny.tracker.store;
