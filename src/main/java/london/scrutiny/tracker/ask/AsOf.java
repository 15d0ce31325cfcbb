package london.scrutiny.tracker.ask;

import java.time.LocalDate;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;

/**
 * The date a query's statuses are computed for. A query field that takes {@code asOf}
 * hands it down as local context, so every ask beneath it (its report's other asks
 * included) is seen as of that date.
 */
public final class AsOf {

	public static final String KEY = "asOf";

	private AsOf() {
	}

	public static <T> DataFetcherResult<T> scope(T data, LocalDate asOf) {
		return DataFetcherResult.<T>newResult()
			.data(data)
			.localContext(GraphQLContext.newContext().of(KEY, asOf).build())
			.build();
	}

}
