package london.scrutiny.tracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a clerk's page request from the token id kept in the server session. The
 * token is read again on every request, so one revoked since sign-in stops working at
 * once; the session holds only the id, never the secret.
 */
class SessionTokenFilter extends OncePerRequestFilter {

	private final TokenRepository tokens;

	SessionTokenFilter(TokenRepository tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Object tokenId = (session != null) ? session.getAttribute(ClerkSessions.TOKEN_ID) : null;
		if (tokenId instanceof String id) {
			this.tokens.findById(id)
				.filter(ApiToken::active)
				.ifPresentOrElse(
						(token) -> SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(token)),
						() -> session.removeAttribute(ClerkSessions.TOKEN_ID));
		}
		chain.doFilter(request, response);
	}

}
