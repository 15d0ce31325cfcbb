package london.scrutiny.tracker.store;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Before each request, reopens the embedded store if a disk fault closed it, so reads and
 * writes resume by themselves once the disk takes writes again. While it cannot be
 * reopened the request goes on, and what needs the store is answered SERVICE_UNAVAILABLE.
 */
@Component
class StoreRecovery implements WebGraphQlInterceptor {

	private final EmbeddedStore store;

	StoreRecovery(ObjectProvider<EmbeddedStore> store) {
		this.store = store.getIfAvailable();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (this.store != null) {
			try {
				this.store.recoverIfFaulted();
			}
			catch (StoreUnavailableException stillFaulted) {
				// Answered field by field, classified, by what needs the store.
			}
		}
		return chain.next(request);
	}

}
