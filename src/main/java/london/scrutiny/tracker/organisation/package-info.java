/**
 * Organisations and people: who asks, answers, funds and signs, with the roles the
 * documents show.
 */
package london.scrutiny.tracker.organisation;
