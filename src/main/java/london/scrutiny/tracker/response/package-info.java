/**
 * Responses: one letter's answer to one ask, with its commitments and the programmes and
 * figures it names.
 */
package london.scrutiny.tracker.response;
