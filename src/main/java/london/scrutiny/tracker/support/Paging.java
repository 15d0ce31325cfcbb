package london.scrutiny.tracker.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

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
		LongSupplier total = () -> {
			RequestDeadline.check();
			return mongo.count(Query.of(filter).limit(0).skip(0), type);
		};
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
		long start = offset(page);
		long end = Math.min(all.size(), start + page.size());
		List<T> items = (start < end) ? all.subList((int) start, (int) end) : List.of();
		return window(items, start, all.size(), page);
	}

	/**
	 * One page of a list computed in memory, by keyset: {@code keys} gives each item its
	 * sort keys (plain values, in order of precedence, together unique), and the list is
	 * sorted on them. A cursor names the keys of its item, not its place, so it keeps its
	 * meaning when items are added or the list is filtered differently; a cursor naming
	 * other keys, or values of other kinds, is rejected.
	 */
	public <T> PageConnection<T> sortedSlice(List<T> sorted, Function<T, Map<String, Object>> keys, PageRequest page) {
		int start = 0;
		if (page.position() != null) {
			if (!(page.position() instanceof KeysetScrollPosition keyset) || keyset.getKeys().isEmpty()) {
				throw forged();
			}
			start = firstAfter(sorted, keys, keyset.getKeys());
		}
		int end = Math.min(sorted.size(), start + page.size());
		List<PageConnection.Edge<T>> edges = new ArrayList<>();
		for (T item : sorted.subList(start, end)) {
			edges.add(new PageConnection.Edge<>(Cursors.encode(ScrollPosition.forward(keys.apply(item))), item));
		}
		return connection(edges, end < sorted.size(), page.afterGiven(), sorted.size());
	}

	/** The index of the first item sorted after the position: a binary search. */
	private static <T> int firstAfter(List<T> sorted, Function<T, Map<String, Object>> keys,
			Map<String, Object> position) {
		int low = 0;
		int high = sorted.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (compare(keys.apply(sorted.get(middle)), position) <= 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Compares an item's keys with a cursor's, key by key; numbers as numbers. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Map<String, Object> item, Map<String, Object> position) {
		if (!item.keySet().equals(position.keySet())) {
			throw forged();
		}
		Iterator<Map.Entry<String, Object>> keys = item.entrySet().iterator();
		while (keys.hasNext()) {
			Map.Entry<String, Object> key = keys.next();
			Object mine = key.getValue();
			Object theirs = position.get(key.getKey());
			int order;
			if (mine instanceof Number a && theirs instanceof Number b) {
				order = Long.compare(a.longValue(), b.longValue());
			}
			else if (mine instanceof Comparable comparable && theirs != null
					&& mine.getClass().equals(theirs.getClass())) {
				order = comparable.compareTo(theirs);
			}
			else {
				throw forged();
			}
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	/**
	 * Where a page of an offset-paged list starts: 0, or just after the position its
	 * {@code after} cursor names.
	 */
	public long offset(PageRequest page) {
		if (page.position() == null) {
			return 0;
		}
		if (!(page.position() instanceof OffsetScrollPosition offset)) {
			throw forged();
		}
		return offset.getOffset() + 1;
	}

	/**
	 * One page of a list computed elsewhere (a search index): the items found from
	 * {@code start}, of {@code total} in all.
	 */
	public <T> PageConnection<T> window(List<T> items, long start, long total, PageRequest page) {
		List<PageConnection.Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			edges.add(new PageConnection.Edge<>(Cursors.encode(ScrollPosition.offset(start + i)), items.get(i)));
		}
		return connection(edges, start + items.size() < total, page.afterGiven(), total);
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
		return connection(edges, hasNext, hasPrevious, () -> total);
	}

	private static <T> PageConnection<T> connection(List<PageConnection.Edge<T>> edges, boolean hasNext,
			boolean hasPrevious, LongSupplier total) {
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new PageConnection<>(edges, new PageConnection.PageInfo(hasNext, hasPrevious, start, end), total);
	}

}
