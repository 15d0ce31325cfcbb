package london.scrutiny.tracker.support;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;

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

	private static final String NAMES = RequestMemo.class.getName() + ".names";

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

	/**
	 * Whether the request may read the field: false only in a query whose document
	 * (operation and fragments) nowhere names it, so that what only that field shows can
	 * be left unread. Anything else (a mutation, a call outside a request) may read it.
	 */
	public static boolean mayRead(Object context, String fieldName) {
		return !(context instanceof GraphQLContext graphQl && graphQl.get(NAMES) instanceof Set<?> names)
				|| names.contains(fieldName);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
			context.getGraphQLContext().put(KEY, new ConcurrentHashMap<Class<?>, Map<?, ?>>());
			context.getGraphQLContext().put(NAMES, fieldNames(context.getDocument()));
		}
		return SimpleInstrumentationContext.noOp();
	}

	private static Set<String> fieldNames(Document document) {
		Set<String> names = new HashSet<>();
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				collect(operation.getSelectionSet(), names);
			}
			else if (definition instanceof FragmentDefinition fragment) {
				collect(fragment.getSelectionSet(), names);
			}
		}
		return names;
	}

	private static void collect(SelectionSet selections, Set<String> names) {
		if (selections == null) {
			return;
		}
		selections.getSelections().forEach((selection) -> {
			if (selection instanceof Field field) {
				names.add(field.getName());
				collect(field.getSelectionSet(), names);
			}
			else if (selection instanceof InlineFragment fragment) {
				collect(fragment.getSelectionSet(), names);
			}
		});
	}

}
