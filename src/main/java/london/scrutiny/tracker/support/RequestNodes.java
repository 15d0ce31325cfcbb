package london.scrutiny.tracker.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many nodes the GraphQL request being served on this thread may still return. The
 * limits start it when a request starts, count every list the request returns, and end it
 * when the request ends. A field about to build a long list calls {@link #reserve(long)}
 * first, so a list the request could never return is refused before the work of building
 * it rather than after. Outside a request there is no budget and {@code reserve} does
 * nothing.
 */
public final class RequestNodes {

	private static final ThreadLocal<RequestNodes> CURRENT = new ThreadLocal<>();

	private final long max;

	private final AtomicLong returned = new AtomicLong();

	private volatile boolean over;

	private RequestNodes(long max) {
		this.max = max;
	}

	/** Starts a budget of {@code max} nodes, for this thread. */
	public static RequestNodes start(long max) {
		RequestNodes budget = new RequestNodes(max);
		CURRENT.set(budget);
		return budget;
	}

	/** Ends the budget on this thread, if it is still this one. */
	public void end() {
		if (CURRENT.get() == this) {
			CURRENT.remove();
		}
	}

	/** Counts nodes returned; true once more than the budget have been. */
	public boolean add(long nodes) {
		if (this.returned.addAndGet(nodes) > this.max) {
			this.over = true;
		}
		return this.over;
	}

	/** Whether the request has returned, or was about to build, more than its budget. */
	public boolean isOver() {
		return this.over;
	}

	/**
	 * Refuses a list of {@code nodes} nodes that the current request has no room left to
	 * return: the budget is then spent, as it would be once the list was returned, and
	 * {@link NodeLimitException} stops the work. The list is not counted here; it is
	 * counted when it is returned.
	 */
	public static void reserve(long nodes) {
		RequestNodes budget = CURRENT.get();
		if (budget != null && budget.returned.get() + nodes > budget.max) {
			budget.over = true;
			throw new NodeLimitException();
		}
	}

	/**
	 * Thrown where a list is refused before it is built. It carries no stack trace: it is
	 * an expected end, reported once by the limits, never logged as a failure.
	 */
	public static final class NodeLimitException extends RuntimeException {

		NodeLimitException() {
			super("The request would return more nodes than it may.", null, false, false);
		}

	}

}
