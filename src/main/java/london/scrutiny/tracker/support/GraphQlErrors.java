package london.scrutiny.tracker.support;

import java.time.DateTimeException;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Maps failures to classified GraphQL errors whose message says what to do. Unexpected
 * failures are logged and served as INTERNAL_ERROR without internals: never a stack
 * trace.
 */
@ControllerAdvice
class GraphQlErrors {

	/**
	 * Set by the token filter when a request presents a token that is unknown or revoked.
	 */
	static final String REJECTED_TOKEN = "london.scrutiny.tracker.security.BearerTokenFilter.rejected";

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("argument", ex.argument()));
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		Map<String, Object> extensions = new java.util.LinkedHashMap<>();
		extensions.put("argument", ex.argument());
		extensions.put("fields", ex.fields());
		if (ex.reasonCode() != null) {
			extensions.put("reason", ex.reasonCode());
		}
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), extensions);
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment env) {
		return error(env, TrackerErrorType.CONFLICT, ex.getMessage(),
				Map.of("id", ex.id(), "currentVersion", ex.currentVersion()));
	}

	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment env) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			return unauthorized(env);
		}
		return error(env, ErrorType.FORBIDDEN, "Your token (" + who.getName() + ", "
				+ who.getAuthorities().iterator().next().getAuthority().replace("ROLE_", "")
				+ ") may not do this. Reports, asks, deadlines, programmes and evidence need EDITOR; tokens and "
				+ "the audit trail need ADMIN.", Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment env) {
		return unauthorized(env);
	}

	/**
	 * A query stopped by a limit while it ran: the limits replace the response with one
	 * error and log the stop once, so nothing is logged here.
	 */
	@GraphQlExceptionHandler
	GraphQLError stopped(AbortExecutionException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, "This query was stopped by a limit.", Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(RequestDeadline.RequestTimeoutException ex, DataFetchingEnvironment env) {
		return stopped(null, env);
	}

	@GraphQlExceptionHandler
	GraphQLError overNodes(RequestNodes.NodeLimitException ex, DataFetchingEnvironment env) {
		return stopped(null, env);
	}

	/**
	 * A stored value no date sum can use (a date centuries away, stored before dates were
	 * checked): this field cannot be served, and the rest of the response still is.
	 */
	@GraphQlExceptionHandler
	GraphQLError impossibleDate(DateTimeException ex, DataFetchingEnvironment env) {
		return impossibleStoredValue(new StoredValueException(ex.getMessage()), env);
	}

	@GraphQlExceptionHandler
	GraphQLError impossibleStoredValue(StoredValueException ex, DataFetchingEnvironment env) {
		log.warn("A stored value could not be used resolving {}: {}", env.getExecutionStepInfo().getPath(),
				ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR,
				"A stored record behind this field holds a date the tracker cannot work with, so this field "
						+ "cannot be given; the rest of the response is unaffected. Report it so the record can be "
						+ "corrected.",
				Map.of("reason", "IMPOSSIBLE_STORED_VALUE"));
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment env) {
		log.error("Unexpected failure resolving {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "The server failed to resolve this field. The failure has been "
				+ "logged; please retry, and report it if it persists.", Map.of());
	}

	private static GraphQLError unauthorized(DataFetchingEnvironment env) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		boolean rejected = request != null
				&& request.getAttribute(REJECTED_TOKEN, RequestAttributes.SCOPE_REQUEST) != null;
		return error(env, ErrorType.UNAUTHORIZED,
				rejected ? "The bearer token is not valid or has been revoked. Ask an administrator for a new one."
						: "Writes need a token: send the header 'Authorization: Bearer <token>'. Reads need none.",
				Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, graphql.ErrorClassification type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
