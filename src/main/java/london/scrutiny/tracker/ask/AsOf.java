package london.scrutiny.tracker.ask;

import java.time.LocalDate;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;

/**
 * The date a query's records are seen as of. A query field that takes {@code asOf} hands
 * it down as local context, so every field beneath it (its report's other asks, their
 * answers, letters and programmes included) is seen as of that date; batched fields read
 * it from each key's context. Without one, records are seen as of today.
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

	/** The date in scope for a field, or {@code today} when no query set one. */
	public static LocalDate of(DataFetchingEnvironment env, LocalDate today) {
		return from(env.getLocalContext(), today);
	}

	/** The date in scope for one key of a batch, or {@code today}. */
	public static LocalDate of(BatchLoaderEnvironment env, Object key, LocalDate today) {
		return from(env.getKeyContexts().get(key), today);
	}

	private static LocalDate from(Object context, LocalDate today) {
		return (context instanceof GraphQLContext graphQl && graphQl.hasKey(KEY)) ? graphQl.get(KEY) : today;
	}

}
