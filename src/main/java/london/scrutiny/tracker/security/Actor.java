package london.scrutiny.tracker.security;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the token behind the request, the system itself at startup, or a named
 * task of the system running on its own thread (a scheduled check), so the audit trail
 * says which.
 */
public record Actor(String tokenId, String name, String role) {

	public static final Actor SYSTEM = new Actor(null, "system", null);

	/** The system task this thread is running for, if any (never a request's thread). */
	private static final ThreadLocal<Actor> TASK = new ThreadLocal<>();

	public static Actor current() {
		Actor task = TASK.get();
		if (task != null) {
			return task;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof TokenAuthentication token) {
			ApiToken t = token.getPrincipal();
			return new Actor(t.id(), t.name(), t.role().name());
		}
		return new Actor(null, "anonymous", null);
	}

	/**
	 * Runs {@code work} as the system task {@code task}: every write it makes is recorded
	 * as by {@code system:<task>}. It grants no role: the task may do only what anyone
	 * may, plus what its own code writes directly.
	 */
	public static <T> T asSystemTask(String task, Supplier<T> work) {
		Actor previous = TASK.get();
		TASK.set(new Actor(null, "system:" + task, null));
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				TASK.set(previous);
			}
			else {
				TASK.remove();
			}
		}
	}

	/** {@link #asSystemTask(String, Supplier)} for work without a result. */
	public static void asSystemTask(String task, Runnable work) {
		asSystemTask(task, () -> {
			work.run();
			return null;
		});
	}

}
