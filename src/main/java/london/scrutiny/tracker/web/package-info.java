/**
 * Pages for people: the public tracker ({@code /}, reports, asks, letters, programmes,
 * committees, search), server-rendered from the same GraphQL queries each page links to,
 * and the clerk's review screen, which drafts, confirms and assesses letters through the
 * services the API uses.
 */
package london.scrutiny.tracker.web;
