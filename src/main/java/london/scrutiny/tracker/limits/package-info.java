/**
 * Limits on what one request may ask of the API, anchored on GitHub's public GraphQL API:
 * pages of at most 100 nodes, a maximum query depth, a maximum node count per query, a
 * request timeout and a cap on the request body. Each breach is refused with a
 * BAD_REQUEST error that names the limit ({@code extensions.limit}) and its value
 * ({@code extensions.max}). Depth, page size and node count are checked before anything
 * runs; introspection is measured like any other query and stays enabled.
 */
package london.scrutiny.tracker.limits;
