package london.scrutiny.tracker.support;

import graphql.ErrorClassification;

/**
 * Classifications beyond Spring for GraphQL's own (BAD_REQUEST, UNAUTHORIZED, FORBIDDEN,
 * NOT_FOUND, ...).
 */
public enum TrackerErrorType implements ErrorClassification {

	/** The write lost a race or contradicts what is stored: re-read and retry. */
	CONFLICT,

	/**
	 * The store cannot take writes just now (disk full or read-only): nothing was stored;
	 * send the same request again later.
	 */
	SERVICE_UNAVAILABLE,

	/**
	 * A subscription's client read too slowly and its stream was ended: nothing was lost;
	 * subscribe again after the last item received.
	 */
	FELL_BEHIND

}
