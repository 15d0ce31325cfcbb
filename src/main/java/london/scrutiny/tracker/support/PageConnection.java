package london.scrutiny.tracker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection with {@code totalCount}. The name ends in "Connection" so that
 * Spring for GraphQL serves it as it is rather than adapting it. The total is counted
 * only if a client asks for it: a page walk that never reads {@code totalCount} does not
 * pay for counting the whole collection on every page.
 */
public final class PageConnection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier total;

	private volatile Long counted;

	public PageConnection(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {
		this(edges, pageInfo, () -> totalCount);
	}

	/** A page whose total is counted when first asked for. */
	public PageConnection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.total = totalCount;
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	/** How many match, counted once, when first asked for. */
	public long totalCount() {
		Long known = this.counted;
		if (known == null) {
			known = this.total.getAsLong();
			this.counted = known;
		}
		return known;
	}

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
		return new PageConnection<>(edges, this.pageInfo, this::totalCount);
	}

	/** One node and its opaque cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page sits in the whole. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
