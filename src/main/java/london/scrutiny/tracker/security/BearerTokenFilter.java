package london.scrutiny.tracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request without a token, or with
 * one that is unknown or revoked, goes on anonymously: reads stay public, and a write
 * then fails UNAUTHORIZED with a message that says which of the two it was.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	// Read by the GraphQL error mapping to tell a bad token from a missing one.
	static final String REJECTED_TOKEN = "london.scrutiny.tracker.security.BearerTokenFilter.rejected";

	private final TokenService tokens;

	BearerTokenFilter(TokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String secret = header.substring(7).strip();
			this.tokens.authenticate(secret)
				.ifPresentOrElse(
						(token) -> SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(token)),
						() -> request.setAttribute(REJECTED_TOKEN, Boolean.TRUE));
		}
		chain.doFilter(request, response);
	}

}
