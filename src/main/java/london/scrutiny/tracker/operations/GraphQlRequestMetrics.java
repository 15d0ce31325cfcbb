package london.scrutiny.tracker.operations;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Times GraphQL requests by operation name as well as type and outcome
 * ({@code graphql_request_seconds}): Spring for GraphQL records the name only as a
 * high-cardinality value, which Prometheus never sees. The names are bounded by
 * {@link OperationNames}.
 */
@Component
class GraphQlRequestMetrics extends DefaultExecutionRequestObservationConvention {

	private static final String NAME_KEY = "graphql.operation.name";

	private final OperationNames names;

	GraphQlRequestMetrics(@Value("${tracker.metrics.max-operation-names:200}") int maxNames) {
		this.names = new OperationNames(maxNames);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		String name = context.getExecutionInput().getOperationName();
		if (name == null) {
			name = OperationNames.declaredIn(context.getExecutionInput().getQuery());
		}
		return super.getLowCardinalityKeyValues(context).and(KeyValue.of(NAME_KEY, this.names.tag(name)));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return KeyValues.of(executionId(context));
	}

}
