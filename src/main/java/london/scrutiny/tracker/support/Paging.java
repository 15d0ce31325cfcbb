package london.scrutiny.tracker.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Relay paging over MongoDB. Cursors are opaque ({@link Cursors}): keyset positions over
 * a stable sort that always ends on {@code _id} for stored collections, offsets for
 * computed lists. A cursor that does not decode, or that does not fit the list it is used
 * on, is rejected.
 */
@Component
public class Paging {

	/** The page size when {@code first} is not given. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a client may ask for, as on GitHub's GraphQL API. */
	public static final int MAX_SIZE = 100;

	public PageRequest request(Integer first, String after) {
		int size = (first != null) ? first : DEFAULT_SIZE;
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("first",
					"'first' must be between 1 and " + MAX_SIZE + " (pages are capped at " + MAX_SIZE + " nodes); got "
							+ size + ". Page through larger lists with 'after'.");
		}
		if (after == null) {
			return new PageRequest(size, null, false);
		}
		return new PageRequest(size, decode(after), true);
	}

	private ScrollPosition decode(String cursor) {
		ScrollPosition position = Cursors.decode(cursor);
		if (position == null) {
			throw forged();
		}
		return position;
	}

	private static InvalidInputException forged() {
		return new InvalidInputException("after", "'after' is not a cursor this list issued. Pass the "
				+ "'endCursor' (or an edge's 'cursor') of a previous page of the same query, or omit it.");
	}

	/**
	 * One page of a stored collection, by keyset over {@code sort}, which must end on
	 * {@code _id}.
	 */
	public <T> PageConnection<T> keyset(MongoTemplate mongo, Query filter, Class<T> type, Sort sort, PageRequest page) {
		RequestDeadline.check();
		long total = mongo.count(Query.of(filter).limit(0).skip(0), type);
		ScrollPosition position = (page.position() != null) ? page.position() : ScrollPosition.keyset();
		if (!(position instanceof KeysetScrollPosition keyset) || !fits(keyset, sort)) {
			throw forged();
		}
		Query query = Query.of(filter).with(sort).limit(page.size()).with(keyset);
		Window<T> window = mongo.scroll(query, type);
		List<PageConnection.Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < window.size(); i++) {
			edges.add(new PageConnection.Edge<>(Cursors.encode(window.positionAt(i)), window.getContent().get(i)));
		}
		return connection(edges, window.hasNext(), page.afterGiven(), total);
	}

	/** One page of a list computed in memory, by offset. */
	public <T> PageConnection<T> slice(List<T> all, PageRequest page) {
		long start = 0;
		if (page.position() != null) {
			if (!(page.position() instanceof OffsetScrollPosition offset)) {
				throw forged();
			}
			start = offset.getOffset() + 1;
		}
		List<PageConnection.Edge<T>> edges = new ArrayList<>();
		long end = Math.min(all.size(), start + page.size());
		for (long i = start; i < end; i++) {
			edges.add(new PageConnection.Edge<>(Cursors.encode(ScrollPosition.offset(i)), all.get((int) i)));
		}
		return connection(edges, end < all.size(), page.afterGiven(), all.size());
	}

	/**
	 * A keyset cursor fits a sort when it names exactly the sort's fields, and the id
	 * (the cursor's values are plain by construction).
	 */
	private static boolean fits(KeysetScrollPosition position, Sort sort) {
		Set<String> keys = position.getKeys().keySet();
		if (keys.isEmpty()) {
			return true;
		}
		Set<String> sorted = new HashSet<>();
		sort.forEach((order) -> sorted.add(order.getProperty()));
		// The store adds the id to a position when the sort does not end on it.
		Set<String> withId = new HashSet<>(sorted);
		withId.add("id");
		return keys.equals(sorted) || keys.equals(withId);
	}

	private static <T> PageConnection<T> connection(List<PageConnection.Edge<T>> edges, boolean hasNext,
			boolean hasPrevious, long total) {
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new PageConnection<>(edges, new PageConnection.PageInfo(hasNext, hasPrevious, start, end), total);
	}

}
