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
	AGREED_ITEMS,
	/**
	 * Items each followed by its answer: an answer labelled "Response:" under its ask, a
	 * printed question ("Question No: 2016/1327") or a numbered question, then the
	 * answer.
	 */
	ITEMS_AND_ANSWERS,
	/**
	 * Answers under headings (markdown, bold, or a short line ending with a colon), tied
	 * to the known asks by wording: read only when the asks are known.
	 */
	HEADINGS

}
