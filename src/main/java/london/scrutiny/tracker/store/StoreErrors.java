package london.scrutiny.tracker.store;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A store that cannot be reached or cannot write is the service's state, not the client's
 * mistake nor a bug: answered SERVICE_UNAVAILABLE, saying that nothing was stored and
 * that the same request can be sent again. Ordered before the general error mapping,
 * whose catch-all would otherwise answer INTERNAL_ERROR.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreErrors {

	private static final Logger log = LoggerFactory.getLogger(StoreErrors.class);

	/** The classification clients see. */
	enum StoreErrorType implements ErrorClassification {

		/** The store cannot take writes or answer just now: retry later. */
		SERVICE_UNAVAILABLE

	}

	@GraphQlExceptionHandler
	GraphQLError unavailable(StoreUnavailableException ex, DataFetchingEnvironment env) {
		log.warn("Refused {}: {}", env.getExecutionStepInfo().getPath(), EmbeddedStore.rootMessage(ex));
		return error(env, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError unreachable(DataAccessResourceFailureException ex, DataFetchingEnvironment env) {
		log.warn("The store could not be reached resolving {}: {}", env.getExecutionStepInfo().getPath(),
				EmbeddedStore.rootMessage(ex));
		return error(env, "The store cannot be reached just now; nothing from this request was stored. Send it "
				+ "again shortly.");
	}

	private static GraphQLError error(DataFetchingEnvironment env, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(StoreErrorType.SERVICE_UNAVAILABLE)
			.message(message)
			.extensions(Map.of("retry", true))
			.build();
	}

}
