/**
 * The committee's Summary List of Actions: the paper tabled at each meeting listing the
 * actions from earlier meetings and reports, their status, who they are for and the
 * correspondence sent and received; generated from the store as of a date, as GraphQL
 * data and as Markdown, HTML and CSV.
 */
package london.scrutiny.tracker.actions;
