package london.scrutiny.tracker.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives request errors that graphql-java raises before any resolver runs (a malformed query, an unknown
 * field, an impossible date literal or variable) the same classification as every other bad input:
 * BAD_REQUEST, keeping graphql-java's own class under {@code extensions.reason}.
 */
@Component
class RequestErrorClassifier implements WebGraphQlInterceptor {

	private static final List<ErrorClassification> REQUEST_ERRORS = List.of(ErrorType.InvalidSyntax,
			ErrorType.ValidationError, ErrorType.OperationNotSupported);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().noneMatch((e) -> REQUEST_ERRORS.contains(e.getErrorType()))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(response.getErrors()
				.stream()
				.map(RequestErrorClassifier::reclassify)
				.toList()));
		});
	}

	private static GraphQLError reclassify(org.springframework.graphql.ResponseError error) {
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
