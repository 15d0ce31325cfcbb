package london.scrutiny.tracker.limits;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.SourceLocation;
import london.scrutiny.tracker.support.Paging;

/**
 * Refuses an operation that is too deep, asks for a page over 100 nodes or counts more
 * nodes than allowed, after validation and before the first field is fetched, so a
 * refused query reads nothing. Checked in that order: depth is the cheapest to measure,
 * and a page that is too large would otherwise surface as a node count whose cause is
 * less plain.
 */
class QueryLimitsInstrumentation implements Instrumentation {

	private final ApiLimits limits;

	QueryLimitsInstrumentation(ApiLimits limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		int depth = QueryDepth.of(context.getOperationDefinition(), context.getFragmentsByName());
		if (depth > this.limits.maxDepth()) {
			throw LimitErrors.refusal(LimitErrors.error("maxDepth", this.limits.maxDepth(),
					"This query nests fields " + depth + " deep, deeper than the limit of " + this.limits.maxDepth()
							+ " (maxDepth). Select fewer "
							+ "levels of nested fields, or fetch what lies deeper in a second query, by id.",
					LimitErrors.details("depth", depth), where(context)));
		}
		NodeCount.Result count = NodeCount.of(context.getGraphQLSchema(), context.getOperationDefinition(),
				context.getFragmentsByName(), context.getCoercedVariables(), this.limits.nodesPerList());
		NodeCount.Page page = count.largestPage();
		if (page != null && page.size() > Paging.MAX_SIZE) {
			throw LimitErrors.refusal(LimitErrors.error("maxPageSize", Paging.MAX_SIZE,
					"'first: " + page.size() + "' on '" + page.field() + "' asks for more than " + Paging.MAX_SIZE
							+ " nodes, the most one page " + "holds (maxPageSize). Ask for at most " + Paging.MAX_SIZE
							+ " and page through the rest with 'after'.",
					LimitErrors.details("field", page.field(), "argument", "first", "requested", page.size()),
					page.location()));
		}
		if (count.nodes() > this.limits.maxNodes()) {
			throw LimitErrors.refusal(LimitErrors.error("maxNodes", this.limits.maxNodes(),
					"This query could return up to " + LimitErrors.count(count.nodes())
							+ " nodes, more than the limit of " + LimitErrors.count(this.limits.maxNodes())
							+ " (maxNodes). Each connection counts its 'first' (" + Paging.DEFAULT_SIZE
							+ " when not given) and multiplies the nodes beneath it; any other list counts as "
							+ this.limits.nodesPerList() + "; statusSummary, summaryOfActions and search count "
							+ LimitErrors.count(NodeCount.ROOT_FIELD_COSTS.get("search")) + " each."
							+ " Ask for smaller pages with 'first', select fewer nested lists, "
							+ "or split the query.",
					LimitErrors.details("nodes", count.nodes()), where(context)));
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * Depth and node count belong to the operation as a whole, so the error points at the
	 * operation.
	 */
	private static SourceLocation where(ExecutionContext context) {
		return context.getOperationDefinition().getSourceLocation();
	}

}
