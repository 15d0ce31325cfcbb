package london.scrutiny.tracker.support;

import java.time.Duration;

/**
 * When the GraphQL request being served on this thread must be over by. The limits set it
 * when a request starts and clear it when it ends; long loops and batch loads call
 * {@link #check()}, so work stops at the deadline wherever it is spent, not only between
 * fields. Outside a request there is no deadline and {@code check} does nothing.
 */
public final class RequestDeadline {

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	private final long endsAtNanos;

	private volatile boolean passed;

	private RequestDeadline(long endsAtNanos) {
		this.endsAtNanos = endsAtNanos;
	}

	/** Starts a deadline {@code timeout} from now, for this thread. */
	public static RequestDeadline start(Duration timeout) {
		RequestDeadline deadline = new RequestDeadline(System.nanoTime() + timeout.toNanos());
		CURRENT.set(deadline);
		return deadline;
	}

	/** Ends the deadline on this thread, if it is still this one. */
	public void end() {
		if (CURRENT.get() == this) {
			CURRENT.remove();
		}
	}

	/**
	 * Stops the work under way with {@link RequestTimeoutException} once the current
	 * request's deadline has passed.
	 */
	public static void check() {
		RequestDeadline deadline = CURRENT.get();
		if (deadline != null && deadline.hasPassed()) {
			throw new RequestTimeoutException();
		}
	}

	/** Whether the deadline has passed; once it has, it stays passed. */
	public boolean hasPassed() {
		if (!this.passed && System.nanoTime() - this.endsAtNanos > 0) {
			this.passed = true;
		}
		return this.passed;
	}

	/** Whether anything found the deadline passed. */
	public boolean wasPassed() {
		return this.passed;
	}

	/**
	 * Thrown where work stops at the deadline. It carries no stack trace: it is an
	 * expected end, reported once by the limits, never logged as a failure.
	 */
	public static final class RequestTimeoutException extends RuntimeException {

		RequestTimeoutException() {
			super("The request ran past its deadline.", null, false, false);
		}

	}

}
