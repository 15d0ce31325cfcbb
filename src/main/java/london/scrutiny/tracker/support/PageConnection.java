package london.scrutiny.tracker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection with {@code totalCount}. The name ends in "Connection" so that
 * Spring for GraphQL serves it as it is rather than adapting it.
 */
public record PageConnection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/**
	 * The same page with each node replaced, all at once (so the page's nodes can be
	 * loaded in one batch); {@code nodes} returns one node per node given, in order.
	 */
	public <U> PageConnection<U> map(Function<List<T>, List<U>> nodes) {
		List<U> mapped = nodes.apply(this.edges.stream().map(Edge::node).toList());
		List<Edge<U>> edges = new ArrayList<>();
		for (int i = 0; i < this.edges.size(); i++) {
			edges.add(new Edge<>(this.edges.get(i).cursor(), mapped.get(i)));
		}
		return new PageConnection<>(edges, this.pageInfo, this.totalCount);
	}

	/** One node and its opaque cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page sits in the whole. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
