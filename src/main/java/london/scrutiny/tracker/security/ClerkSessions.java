package london.scrutiny.tracker.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Service;

/**
 * Signs a person in to the clerks' pages with an API token: the token is checked once,
 * and only its id is kept, in a server session whose cookie is HttpOnly, SameSite=Strict
 * and Secure over HTTPS.
 */
@Service
public class ClerkSessions {

	static final String TOKEN_ID = "london.scrutiny.tracker.security.tokenId";

	private final TokenService tokens;

	public ClerkSessions(TokenService tokens) {
		this.tokens = tokens;
	}

	/**
	 * Signs in with a token's secret; the name and role of the token, or empty when the
	 * secret is unknown or revoked.
	 */
	public Optional<SignedIn> signIn(HttpServletRequest request, String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		return this.tokens.authenticate(secret.strip()).map((token) -> {
			// A new session id at sign-in, so a session id planted before it is worth
			// nothing.
			HttpSession session = request.getSession(true);
			request.changeSessionId();
			session.setAttribute(TOKEN_ID, token.id());
			return new SignedIn(token.name(), token.role().name());
		});
	}

	/** Who is signed in on this request, if anyone. */
	public Optional<SignedIn> current() {
		Actor actor = Actor.current();
		return (actor.tokenId() != null) ? Optional.of(new SignedIn(actor.name(), actor.role())) : Optional.empty();
	}

	public void signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/** The person signed in: the token's name and role. */
	public record SignedIn(String name, String role) {
	}

}
