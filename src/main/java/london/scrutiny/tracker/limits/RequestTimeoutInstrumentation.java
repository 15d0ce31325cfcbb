package london.scrutiny.tracker.limits;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a query that runs longer than the request timeout. The clock starts when
 * graphql-java receives the request; before each field is fetched the deadline is
 * checked, and once it has passed the execution is cancelled, so no further field is
 * fetched, and the whole response becomes one error: half an answer past the deadline
 * would look complete when it is not.
 * <p>
 * A timer on the reactive pipeline (Spring for GraphQL's
 * {@code TimeoutWebGraphQlInterceptor}) cannot do this here: the controllers are
 * synchronous, so the whole execution runs while the pipeline is being subscribed, before
 * such a timer starts, and it answers with a bare HTTP 408 rather than a GraphQL error. A
 * single fetch already under way is not interrupted; the check after it stops the query.
 */
class RequestTimeoutInstrumentation implements Instrumentation {

	private static final Logger log = LoggerFactory.getLogger(RequestTimeoutInstrumentation.class);

	private final Duration timeout;

	RequestTimeoutInstrumentation(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Deadline(System.nanoTime() + this.timeout.toNanos());
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Deadline deadline = (Deadline) state;
		// A subscription lives as long as its client stays; the fields of each event are
		// fetched when the event comes, long after the request began.
		if (parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
			return FieldFetchingInstrumentationContext.NOOP;
		}
		if (deadline.hasPassed()) {
			// Cancelling stops every branch of the execution, not only this field; the
			// exception stops this one now.
			parameters.getExecutionContext().getExecutionInput().cancel();
			throw LimitErrors.refusal(error());
		}
		return FieldFetchingInstrumentationContext.NOOP;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!((Deadline) state).wasPassed()) {
			return CompletableFuture.completedFuture(result);
		}
		String operation = (parameters.getOperation() != null) ? "Operation '" + parameters.getOperation() + "'"
				: "An unnamed operation";
		log.warn("{} was stopped after running longer than the request timeout of {}", operation, this.timeout);
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error()).build());
	}

	private GraphQLError error() {
		return LimitErrors.error("requestTimeout", this.timeout.toString(),
				"This query ran longer than the request " + "timeout of " + describe(this.timeout)
						+ " (requestTimeout) and was stopped; no data is returned. "
						+ "Ask for smaller pages with 'first', select fewer nested lists, or split the query.",
				LimitErrors.details(), null);
	}

	private static String describe(Duration duration) {
		if (duration.toMillis() % 1000 != 0) {
			return duration.toMillis() + " milliseconds";
		}
		long seconds = duration.toSeconds();
		return seconds + ((seconds == 1) ? " second" : " seconds");
	}

	/** When one execution must be over by, and whether a field was reached after that. */
	private static final class Deadline implements InstrumentationState {

		private final long endsAtNanos;

		private volatile boolean passed;

		private Deadline(long endsAtNanos) {
			this.endsAtNanos = endsAtNanos;
		}

		boolean hasPassed() {
			if (System.nanoTime() - this.endsAtNanos > 0) {
				this.passed = true;
			}
			return this.passed;
		}

		boolean wasPassed() {
			return this.passed;
		}

	}

}
