/**
 * The GraphiQL explorer, served with its assets from the application so it works with no
 * internet.
 */
package london.scrutiny.tracker.explorer;
