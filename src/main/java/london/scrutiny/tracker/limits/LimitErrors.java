package london.scrutiny.tracker.limits;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.SourceLocation;

import org.springframework.graphql.execution.ErrorType;

/**
 * The error a breach is served as: BAD_REQUEST, because the client can change the request
 * to fit, with the limit's name and value in {@code extensions} so a program can react
 * without parsing the message.
 */
final class LimitErrors {

	private LimitErrors() {
	}

	/**
	 * A classified error for a breach of {@code limit}, whose value is {@code max};
	 * {@code details} add what the request asked for (the depth or node count found).
	 */
	static GraphQLError error(String limit, Object max, String message, Map<String, Object> details,
			SourceLocation location) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("limit", limit);
		extensions.put("max", max);
		extensions.putAll(details);
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(extensions);
		if (location != null) {
			builder.location(location);
		}
		return builder.build();
	}

	/** What the request asked for, in the order given: pairs of name and value. */
	static Map<String, Object> details(Object... namesAndValues) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			details.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return details;
	}

	/**
	 * Stops graphql-java with this error as the whole response: no data, nothing further
	 * executed.
	 */
	static AbortExecutionException refusal(GraphQLError error) {
		return new AbortExecutionException(List.of(error));
	}

	/** A count as people write it in English, 12,100 rather than 12100. */
	static String count(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

}
