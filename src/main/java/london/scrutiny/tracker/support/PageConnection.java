package london.scrutiny.tracker.support;

import java.util.List;

/**
 * A Relay connection with {@code totalCount}. The name ends in "Connection" so that
 * Spring for GraphQL serves it as it is rather than adapting it.
 */
public record PageConnection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/** One node and its opaque cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page sits in the whole. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
