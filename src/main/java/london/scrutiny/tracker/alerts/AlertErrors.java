package london.scrutiny.tracker.alerts;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import london.scrutiny.tracker.support.TrackerErrorType;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Classifies the end of an {@code askEvents} stream whose subscriber fell behind, with
 * what to do: resume after the last alert received.
 */
@Component
class AlertErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (!(ex instanceof FellBehindException behind)) {
			return null;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("argument", "after");
		extensions.put("lastSent", behind.lastQueued());
		return GraphqlErrorBuilder.newError()
			.errorType(TrackerErrorType.FELL_BEHIND)
			.message(behind.getMessage())
			.extensions(extensions)
			.build();
	}

}
