package london.scrutiny.tracker.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the token behind the request, or the system itself at startup. */
public record Actor(String tokenId, String name, String role) {

	public static final Actor SYSTEM = new Actor(null, "system", null);

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof TokenAuthentication token) {
			ApiToken t = token.getPrincipal();
			return new Actor(t.id(), t.name(), t.role().name());
		}
		return new Actor(null, "anonymous", null);
	}

}
