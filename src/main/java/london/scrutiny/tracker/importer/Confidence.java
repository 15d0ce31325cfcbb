package london.scrutiny.tracker.importer;

/**
 * How sure the parser is of one drafted item, from 0 (a guess) to 1 (stated plainly in a
 * form the parser knows), and the reason, in words a clerk can act on.
 */
public record Confidence(double score, String reason) {

	public Confidence {
		if (score < 0 || score > 1) {
			throw new IllegalArgumentException("A confidence is between 0 and 1; got " + score);
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A confidence needs a reason");
		}
	}

	static Confidence of(double score, String reason) {
		return new Confidence(score, reason);
	}

}
