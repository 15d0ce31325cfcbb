package london.scrutiny.tracker.security;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure an ADMIN can act. A secret configured in {@code TRACKER_ADMIN_TOKEN} is
 * registered as an ADMIN token, and reinstated (audited) if it was revoked: whoever holds
 * the deployment's configuration can always get back in; otherwise, when no active ADMIN
 * token exists, one is created and printed once, here, at startup. It is never stored or
 * shown again: only its hash is kept.
 */
@Component
class FirstAdminToken implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminToken.class);

	private final TokenService tokens;

	private final String configured;

	FirstAdminToken(TokenService tokens, @Value("${tracker.security.admin-token:}") String configured) {
		this.tokens = tokens;
		this.configured = configured;
	}

	@Override
	public void afterPropertiesSet() {
		if (StringUtils.hasText(this.configured)) {
			if (this.configured.length() < AdminTokenTooShortException.MIN_LENGTH) {
				throw new AdminTokenTooShortException(this.configured.length());
			}
			Optional<ApiToken> known = this.tokens.byHashOf(this.configured);
			if (known.isEmpty()) {
				this.tokens.issueAtStartup("Administrator (configured)", Role.ADMIN, this.configured);
				log.info("Registered the ADMIN token from TRACKER_ADMIN_TOKEN");
			}
			else if (!known.get().active()) {
				this.tokens.reinstateAtStartup(known.get());
				log.warn("Reinstated the revoked ADMIN token given in TRACKER_ADMIN_TOKEN");
			}
			return;
		}
		if (!this.tokens.anyActive(Role.ADMIN)) {
			TokenService.IssuedToken issued = this.tokens.issueAtStartup("Administrator (first start)", Role.ADMIN,
					null);
			// Printed on the console, not logged: a secret must never reach a log file or
			// a
			// structured (JSON) log shipped elsewhere.
			log.warn("Created the first ADMIN token; it is printed once on the console (standard output), not logged");
			System.out.println("""

					Created the first ADMIN token. It is shown this once and never stored: keep it now.
					    %s
					Send it as 'Authorization: Bearer <token>' to create tokens for clerks and editors.
					""".formatted(issued.secret()));
		}
	}

}
