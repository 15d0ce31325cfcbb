package london.scrutiny.tracker.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error in a response one of the tracker's classifications, so a client
 * switches on a short, documented list. Request errors that graphql-java raises before
 * any resolver runs (a malformed query, an unknown field, an impossible date literal or
 * variable, introspection asked in bad faith) become BAD_REQUEST, keeping graphql-java's
 * own class under {@code extensions.reason}; anything else graphql-java classifies itself
 * (a value it could not serialise) becomes INTERNAL_ERROR, logged once. No message names
 * a Java class. It also drops the "non-null field was null" errors that only echo a
 * failure already reported at or below the same path.
 */
@Component
class RequestErrorClassifier implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RequestErrorClassifier.class);

	private static final List<ErrorClassification> REQUEST_ERRORS = List.of(ErrorType.InvalidSyntax,
			ErrorType.ValidationError, ErrorType.OperationNotSupported);

	/** The classifications a client may see, and nothing else. */
	static final Set<String> CLASSIFIED = Set.of(org.springframework.graphql.execution.ErrorType.BAD_REQUEST.name(),
			org.springframework.graphql.execution.ErrorType.UNAUTHORIZED.name(),
			org.springframework.graphql.execution.ErrorType.FORBIDDEN.name(),
			org.springframework.graphql.execution.ErrorType.NOT_FOUND.name(),
			org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR.name(), TrackerErrorType.CONFLICT.name());

	/** A fully qualified Java name: two or more lower-case packages, then a class. */
	private static final Pattern JAVA_NAME = Pattern.compile("'?\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][\\w$]*'?");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<ResponseError> errors = response.getErrors();
			if (errors.isEmpty() || errors.stream().allMatch((e) -> isClean(e, errors))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(errors.stream()
				.filter((e) -> !isEcho(e, errors))
				.map(RequestErrorClassifier::reclassify)
				.toList()));
		});
	}

	private static boolean isClean(ResponseError error, List<ResponseError> all) {
		return error.getErrorType() != null && CLASSIFIED.contains(error.getErrorType().toString())
				&& !JAVA_NAME.matcher(String.valueOf(error.getMessage())).find() && !isEcho(error, all);
	}

	/**
	 * A null-in-non-null error whose path starts with the path of another, real, error.
	 */
	private static boolean isEcho(ResponseError error, List<ResponseError> all) {
		if (error.getErrorType() != ErrorType.NullValueInNonNullableField) {
			return false;
		}
		return all.stream()
			.filter((other) -> other != error && other.getErrorType() != ErrorType.NullValueInNonNullableField)
			.anyMatch((other) -> startsWith(error.getParsedPath(), other.getParsedPath()));
	}

	private static boolean startsWith(List<Object> path, List<Object> prefix) {
		return !prefix.isEmpty() && path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
	}

	private static GraphQLError reclassify(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		ErrorClassification type = error.getErrorType();
		String message = JAVA_NAME.matcher(String.valueOf(error.getMessage())).replaceAll("a value");
		if (type == null || !CLASSIFIED.contains(type.toString())) {
			boolean request = REQUEST_ERRORS.contains(type) || "BadFaithIntrospection".equals(String.valueOf(type));
			extensions.put("reason", String.valueOf(type));
			if (request) {
				type = org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
			}
			else {
				log.warn("Served as INTERNAL_ERROR at {}: {}", error.getPath(), error.getMessage());
				type = org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR;
				message = "The server could not produce this value. The failure has been logged; please retry, "
						+ "and report it if it persists.";
			}
			extensions.put("classification", type.toString());
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(type)
			.extensions(extensions)
			.locations(error.getLocations());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
