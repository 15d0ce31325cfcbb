package london.scrutiny.tracker.importer;

/** The ways an answering letter sets out the asks it answers. */
public enum AskShape {

	/** A "Recommendation N" heading, then the recommendation in bold, then the answer. */
	RECOMMENDATION_HEADINGS,
	/**
	 * "Recommendation N. To chief constables": the addressees are given, the
	 * recommendation's words are not.
	 */
	RECOMMENDATION_ADDRESSEES,
	/**
	 * A bulleted list of the questions asked, then a section answering each, matched by
	 * wording.
	 */
	QUESTION_LIST,
	/**
	 * "I agreed to provide the Committee with the following additional information:",
	 * then each item and its answer.
	 */
	AGREED_ITEMS

}
