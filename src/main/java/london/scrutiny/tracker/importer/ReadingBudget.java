package london.scrutiny.tracker.importer;

import java.time.Duration;

import london.scrutiny.tracker.importer.LetterRejectedException.Reason;
import london.scrutiny.tracker.support.RequestDeadline;

/**
 * How long the reader may spend on one text. Every pattern it runs is linear in the
 * length of a line, so a text within {@link LetterParser#MAX_CHARACTERS} is read in well
 * under a second; the budget is the backstop that keeps a request within its timeout even
 * so. It is checked each time the reader takes a line, and when spent the reading stops
 * with a classified error rather than running on after the client has gone.
 */
final class ReadingBudget {

	/** What a reader without a request to answer (the command line, tests) allows. */
	static final Duration DEFAULT = Duration.ofSeconds(10);

	private final Duration allowed;

	private final long deadline;

	private ReadingBudget(Duration allowed) {
		this.allowed = allowed;
		this.deadline = System.nanoTime() + allowed.toNanos();
	}

	/** A budget of {@code allowed} from now. */
	static ReadingBudget of(Duration allowed) {
		return new ReadingBudget((allowed != null && !allowed.isNegative()) ? allowed : DEFAULT);
	}

	/**
	 * @throws RequestDeadline.RequestTimeoutException once the request being served has
	 * run past its deadline
	 * @throws LetterRejectedException (TOO_SLOW) once the budget is spent
	 */
	void check() {
		// The request's own deadline first: its timeout answers as every stopped query
		// does.
		RequestDeadline.check();
		if (System.nanoTime() - this.deadline >= 0) {
			throw new LetterRejectedException(Reason.TOO_SLOW,
					"Reading this text took longer than the " + describe(this.allowed)
							+ " a request may take, so it was stopped and nothing was drafted. Check that it is the "
							+ "text of one letter; a very long line (a file joined into one line) reads slowly.");
		}
	}

	private static String describe(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

}
