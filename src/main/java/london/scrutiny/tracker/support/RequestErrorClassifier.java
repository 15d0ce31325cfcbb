package london.scrutiny.tracker.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives request errors that graphql-java raises before any resolver runs (a malformed
 * query, an unknown field, an impossible date literal or variable) the same
 * classification as every other bad input: BAD_REQUEST, keeping graphql-java's own class
 * under {@code extensions.reason}. It also drops the "non-null field was null" errors
 * that only echo a failure already reported at or below the same path.
 */
@Component
class RequestErrorClassifier implements WebGraphQlInterceptor {

	private static final List<ErrorClassification> REQUEST_ERRORS = List.of(ErrorType.InvalidSyntax,
			ErrorType.ValidationError, ErrorType.OperationNotSupported);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<ResponseError> errors = response.getErrors();
			boolean echoes = errors.stream().anyMatch((e) -> isEcho(e, errors));
			if (!echoes && errors.stream().noneMatch((e) -> REQUEST_ERRORS.contains(e.getErrorType()))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(errors.stream()
				.filter((e) -> !isEcho(e, errors))
				.map(RequestErrorClassifier::reclassify)
				.toList()));
		});
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
		if (REQUEST_ERRORS.contains(error.getErrorType())) {
			extensions.put("reason", error.getErrorType().toString());
			extensions.put("classification", org.springframework.graphql.execution.ErrorType.BAD_REQUEST.name());
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(REQUEST_ERRORS.contains(error.getErrorType())
					? org.springframework.graphql.execution.ErrorType.BAD_REQUEST : error.getErrorType())
			.extensions(extensions)
			.locations(error.getLocations());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
