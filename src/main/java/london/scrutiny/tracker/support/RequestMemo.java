package london.scrutiny.tracker.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

import org.springframework.stereotype.Component;

/**
 * Records read once in a query, kept for the rest of it, so that the fields of one level
 * (an ask's status, its report, its answers' letters, its programmes) share one read of
 * what they all depend on instead of each fetching it again. Only queries keep them: a
 * mutation's later fields must see its own writes, and a subscription lives too long for
 * anything read at its start to stay true.
 */
@Component
public class RequestMemo implements Instrumentation {

	private static final String KEY = RequestMemo.class.getName();

	/**
	 * The memo of the given kind for the request of this context: a map shared by the
	 * request's fields in a query, a fresh throwaway map otherwise.
	 */
	@SuppressWarnings("unchecked")
	public static <K, V> Map<K, V> of(Object context, Class<?> kind) {
		if (context instanceof GraphQLContext graphQl && graphQl.get(KEY) instanceof Map<?, ?> memos) {
			return (Map<K, V>) ((Map<Class<?>, Map<?, ?>>) memos).computeIfAbsent(kind,
					(k) -> new ConcurrentHashMap<>());
		}
		return new HashMap<>();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
			context.getGraphQLContext().put(KEY, new ConcurrentHashMap<Class<?>, Map<?, ?>>());
		}
		return SimpleInstrumentationContext.noOp();
	}

}
