package london.scrutiny.tracker.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: the token and its role. */
class TokenAuthentication extends AbstractAuthenticationToken {

	private final ApiToken token;

	TokenAuthentication(ApiToken token) {
		super(List.of(new SimpleGrantedAuthority(token.role().authority())));
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public ApiToken getPrincipal() {
		return this.token;
	}

	@Override
	public String getName() {
		return this.token.name();
	}

}
