package london.scrutiny.tracker.operations;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Counts requests refused by an API limit, by the limit's name
 * ({@code tracker_limits_refused_total}): read from the classified error the client gets
 * ({@code extensions.limit}), so every limit that answers through GraphQL is counted
 * without the limits knowing of metrics.
 */
@Component
class LimitMetrics implements WebGraphQlInterceptor {

	private final MeterRegistry registry;

	LimitMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(this::count);
	}

	private void count(WebGraphQlResponse response) {
		for (ResponseError error : response.getErrors()) {
			Map<String, Object> extensions = error.getExtensions();
			Object limit = (extensions != null) ? extensions.get("limit") : null;
			if (limit instanceof String name) {
				Counter.builder("tracker.limits.refused")
					.description("Requests refused by an API limit, by limit")
					.tag("limit", name)
					.register(this.registry)
					.increment();
			}
		}
	}

}
