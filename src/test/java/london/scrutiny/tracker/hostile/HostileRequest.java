package london.scrutiny.tracker.hostile;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One request of the hostile suite: what it is called in a failure report, who sends it,
 * and the raw HTTP it is.
 *
 * @param name what the request tries, for the failure report
 * @param token a bearer token, or null
 * @param method the HTTP method
 * @param contentType the Content-Type, or null for none
 * @param body the raw body, or null for none
 * @param refused whether the request must be refused (answered with errors)
 */
record HostileRequest(String name, String token, String method, String contentType, String body, boolean refused) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A GraphQL POST that must be refused. */
	static HostileRequest refused(String name, String token, String query, Map<String, Object> variables) {
		return graphQl(name, token, query, variables, true);
	}

	/**
	 * A GraphQL POST that may be answered with data or refused, but never with a failure.
	 */
	static HostileRequest either(String name, String token, String query, Map<String, Object> variables) {
		return graphQl(name, token, query, variables, false);
	}

	private static HostileRequest graphQl(String name, String token, String query, Map<String, Object> variables,
			boolean refused) {
		return new HostileRequest(name, token, "POST", "application/json",
				JSON.writeValueAsString(Map.of("query", query, "variables", variables)), refused);
	}

	/** A raw request to the GraphQL endpoint, which must be refused. */
	static HostileRequest raw(String name, String method, String contentType, String body) {
		return new HostileRequest(name, null, method, contentType, body, true);
	}

}
