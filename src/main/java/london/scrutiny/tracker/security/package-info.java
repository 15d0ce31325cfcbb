/**
 * Who may write. Reads are public. Writes need a bearer token: random, shown once, stored
 * only as a SHA-256 hash, each with a role (CLERK, EDITOR, ADMIN, each including the one
 * before). The filter chain authenticates; {@code @PreAuthorize} on service methods
 * decides.
 */
package london.scrutiny.tracker.security;
