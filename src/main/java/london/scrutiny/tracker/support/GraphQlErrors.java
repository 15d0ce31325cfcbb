package london.scrutiny.tracker.support;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps failures to classified GraphQL errors whose message says what to do. Unexpected failures are
 * logged and served as INTERNAL_ERROR without internals: never a stack trace.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(Map.of("argument", ex.argument()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment env) {
		log.error("Unexpected failure resolving {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The server failed to resolve this field. The failure has been logged; "
					+ "please retry, and report it if it persists.")
			.build();
	}

}
