package london.scrutiny.tracker.limits;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLTypeUtil;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.RequestDeadline;
import london.scrutiny.tracker.support.RequestNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds each execution to its budget while it runs, so the limits are bounds and not
 * estimates: the request timeout, and the node limit counted on what is really returned.
 * <p>
 * <b>Time.</b> The clock starts when graphql-java receives the request. The deadline is
 * checked before each field is fetched and, through {@link RequestDeadline}, inside the
 * loops and batch loads of the data fetchers themselves. <b>Nodes.</b> Every object in
 * every list that is completed counts one node (a connection's page, a plain list's
 * items), whatever the count made before the query ran estimated; a data fetcher about to
 * build a list longer than the nodes left ({@link RequestNodes#reserve}) is stopped
 * before it builds it, with the same error.
 * <p>
 * Once either budget is spent the execution is cancelled, so no further field is fetched,
 * and the whole response becomes one error: half an answer would look complete when it is
 * not. The stop is logged once, at WARN, without a stack trace.
 * <p>
 * A timer on the reactive pipeline (Spring for GraphQL's
 * {@code TimeoutWebGraphQlInterceptor}) cannot do this here: the controllers are
 * synchronous, so the whole execution runs while the pipeline is being subscribed, before
 * such a timer starts, and it answers with a bare HTTP 408 rather than a GraphQL error.
 */
class ExecutionBudget implements Instrumentation {

	private static final Logger log = LoggerFactory.getLogger(ExecutionBudget.class);

	private final Duration timeout;

	private final long maxNodes;

	ExecutionBudget(Duration timeout, long maxNodes) {
		this.timeout = timeout;
		this.maxNodes = maxNodes;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Spent(RequestDeadline.start(this.timeout), RequestNodes.start(this.maxNodes));
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Spent spent = (Spent) state;
		if (isSubscription(parameters.getExecutionContext())) {
			return FieldFetchingInstrumentationContext.NOOP;
		}
		if (spent.deadline.hasPassed() || spent.nodes.isOver()) {
			// Cancelling stops every branch of the execution; the exception stops this
			// field now. The error is replaced by the one error of the whole response.
			parameters.getExecutionContext().getExecutionInput().cancel();
			throw LimitErrors.refusal(spent.nodes.isOver() ? nodesError() : timeoutError());
		}
		return FieldFetchingInstrumentationContext.NOOP;
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		Spent spent = (Spent) state;
		if (isSubscription(parameters.getExecutionContext())) {
			return SimpleInstrumentationContext.noOp();
		}
		GraphQLCompositeType items = (GraphQLTypeUtil
			.unwrapAll(parameters.getField().getType()) instanceof GraphQLCompositeType composite) ? composite : null;
		if (items != null && spent.nodes.add(size(parameters.getFetchedObject()))) {
			parameters.getExecutionContext().getExecutionInput().cancel();
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * A subscription lives as long as its client stays: the fields of each event are
	 * fetched when the event comes, long after the request began, so neither budget
	 * applies to it (each event is one small object).
	 */
	private static boolean isSubscription(ExecutionContext context) {
		return context.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
	}

	private static long size(Object fetched) {
		Object value = (fetched instanceof FetchedValue wrapped) ? wrapped.getFetchedValue() : fetched;
		if (value instanceof Collection<?> list) {
			return list.size();
		}
		if (value instanceof Iterable<?> iterable) {
			long count = 0;
			for (Object ignored : iterable) {
				count++;
			}
			return count;
		}
		return (value instanceof Object[] array) ? array.length : 0;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Spent spent = (Spent) state;
		spent.deadline.end();
		spent.nodes.end();
		GraphQLError error = null;
		if (spent.nodes.isOver()) {
			error = nodesError();
			log.warn("{} was stopped after returning more than {} nodes (maxNodes)", name(parameters), this.maxNodes);
		}
		else if (spent.deadline.wasPassed()) {
			error = timeoutError();
			log.warn("{} was stopped after running longer than the request timeout of {}", name(parameters),
					this.timeout);
		}
		return CompletableFuture
			.completedFuture((error != null) ? ExecutionResult.newExecutionResult().addError(error).build() : result);
	}

	private static String name(InstrumentationExecutionParameters parameters) {
		return (parameters.getOperation() != null) ? "Operation '" + parameters.getOperation() + "'"
				: "An unnamed operation";
	}

	private GraphQLError timeoutError() {
		return LimitErrors.error("requestTimeout", this.timeout.toString(),
				"This query ran longer than the request " + "timeout of " + describe(this.timeout)
						+ " (requestTimeout) and was stopped; no data is returned. "
						+ "Ask for smaller pages with 'first', select fewer nested lists, or split the query.",
				LimitErrors.details(), null);
	}

	private GraphQLError nodesError() {
		return LimitErrors.error("maxNodes", this.maxNodes,
				"This query returned more than " + LimitErrors.count(this.maxNodes)
						+ " nodes (maxNodes) and was stopped; no data is returned. Its lists hold more than "
						+ "counted before it ran. Ask for smaller pages with 'first' (at most " + Paging.MAX_SIZE
						+ "), select fewer nested lists, or split the query.",
				LimitErrors.details(), null);
	}

	private static String describe(Duration duration) {
		if (duration.toMillis() % 1000 != 0) {
			return duration.toMillis() + " milliseconds";
		}
		long seconds = duration.toSeconds();
		return seconds + ((seconds == 1) ? " second" : " seconds");
	}

	/** What one execution has spent: its deadline, and the nodes it has returned. */
	private static final class Spent implements InstrumentationState {

		private final RequestDeadline deadline;

		private final RequestNodes nodes;

		private Spent(RequestDeadline deadline, RequestNodes nodes) {
			this.deadline = deadline;
			this.nodes = nodes;
		}

	}

}
