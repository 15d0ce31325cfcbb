package london.scrutiny.tracker.store;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before each request (ahead of the token check, which reads the store), reopens the
 * embedded store for writes if a disk fault closed it or left it read-only, so the
 * service recovers by itself once the disk takes writes again. While it cannot, the
 * request goes on: reads are served from the file as last committed, and writes are
 * answered SERVICE_UNAVAILABLE.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StoreRecoveryFilter extends OncePerRequestFilter {

	private final EmbeddedStore store;

	StoreRecoveryFilter(ObjectProvider<EmbeddedStore> store) {
		this.store = store.getIfAvailable();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.store != null) {
			try {
				this.store.recoverIfFaulted();
			}
			catch (StoreUnavailableException stillFaulted) {
				// Answered where the store is needed, classified.
			}
		}
		chain.doFilter(request, response);
	}

}
