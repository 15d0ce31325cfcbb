package london.scrutiny.tracker.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Node;
import graphql.language.StringValue;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation whose text arguments or variables hold a NUL character (U+0000),
 * before anything runs. No name, reference, quote or filter the tracker keeps has one; in
 * a filter it breaks the store's pattern matching, and in a write it would store a value
 * nobody can type or find.
 */
@Component
class NulCharacters implements Instrumentation {

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (inLiterals(context.getOperationDefinition())
				|| context.getFragmentsByName().values().stream().anyMatch(NulCharacters::inLiterals)
				|| inValue(context.getCoercedVariables().toMap())) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("Text in this request contains a NUL character (U+0000), which no value the tracker "
						+ "keeps may hold. Remove it and send the request again.")
				.extensions(Map.of("reason", "NUL_CHARACTER"))
				.build()));
		}
		return SimpleInstrumentationContext.noOp();
	}

	private static boolean inLiterals(Node<?> node) {
		if (node instanceof StringValue text) {
			return text.getValue().indexOf('\0') >= 0;
		}
		for (Node<?> child : node.getChildren()) {
			if (inLiterals(child)) {
				return true;
			}
		}
		return false;
	}

	private static boolean inValue(Object value) {
		if (value instanceof String text) {
			return text.indexOf('\0') >= 0;
		}
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(NulCharacters::inValue);
		}
		if (value instanceof Collection<?> list) {
			return list.stream().anyMatch(NulCharacters::inValue);
		}
		return false;
	}

}
