package london.scrutiny.tracker;

import java.util.Set;

import com.mongodb.event.CommandStartedEvent;

/**
 * Which database commands a count of one request's commands takes in: those sent while
 * serving an HTTP request or by the test itself, not the driver's handshakes, and not the
 * background work of the application (the audit trail's followers, scheduled checks),
 * which would fall inside a measured request or not depending on timing.
 */
public final class RequestCommands {

	private static final Set<String> HANDSHAKES = Set.of("isMaster", "ismaster", "hello", "buildInfo", "ping",
			"saslStart", "saslContinue", "endSessions");

	private RequestCommands() {
	}

	/** Whether the command counts, judged on the thread that sends it. */
	public static boolean counted(CommandStartedEvent event) {
		String thread = Thread.currentThread().getName();
		return !HANDSHAKES.contains(event.getCommandName()) && (thread.startsWith("http-nio") || thread.equals("main"));
	}

}
