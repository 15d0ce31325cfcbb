package london.scrutiny.tracker.ask;

/**
 * Whether an assessment's implementation state was checked, as internal-audit trackers
 * keep "implemented" apart from "verified".
 */
public enum Verification {

	/**
	 * As the executive's letter claims it, unchecked (the initial curation reads claims).
	 */
	CLAIMED,
	/** A clerk checked the evidence and confirms the state. */
	VERIFIED,
	/** A clerk checked the evidence and finds the claim not borne out. */
	REFUTED

}
