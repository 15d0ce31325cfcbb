package london.scrutiny.tracker.ask;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

import reactor.core.publisher.Mono;

/**
 * Registers the DataLoader that computes the status of every ask a request touches, in
 * one batch.
 */
@Configuration(proxyBeanMethods = false)
class StatusLoader {

	StatusLoader(BatchLoaderRegistry registry, StatusService status) {
		registry.forTypePair(AskAt.class, AskStatus.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> status.statuses(keys, env)));
	}

}
