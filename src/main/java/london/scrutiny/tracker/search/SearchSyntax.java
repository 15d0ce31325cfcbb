package london.scrutiny.tracker.search;

/** How {@code search} reads its text. */
public enum SearchSyntax {

	/**
	 * Words as typed, all required, matched by their stem; a passage in double quotes is
	 * a phrase. No other character is an operator.
	 */
	WORDS,

	/**
	 * Lucene's classic query syntax: AND, OR, NOT, +, -, field:, wildcards, fuzzy ~,
	 * boosts ^, ranges. A query that does not parse is a bad request.
	 */
	LUCENE

}
