package london.scrutiny.tracker.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import london.scrutiny.tracker.audit.AuditLog;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.support.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Issues, checks, lists and revokes tokens. */
@Service
public class TokenService {

	private final TokenRepository tokens;

	private final AuditLog audit;

	private final Clock clock;

	public TokenService(TokenRepository tokens, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/** The active token whose secret this is, if any. */
	public Optional<ApiToken> authenticate(String secret) {
		return this.tokens.findByHash(TokenSecrets.hash(secret)).filter(ApiToken::active);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public IssuedToken create(String name, Role role) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("input.name",
					"'name' must say whose token this is, in 1 to 100 characters.");
		}
		if (role == null) {
			throw new InvalidInputException("input.role", "'role' must be CLERK, EDITOR or ADMIN.");
		}
		return issue(name.strip(), role, Actor.current().name());
	}

	/**
	 * Issues a token without an authenticated caller: only for the first ADMIN token at
	 * startup.
	 */
	IssuedToken issueAtStartup(String name, Role role, String secret) {
		String chosen = (secret != null) ? secret : TokenSecrets.newSecret();
		ApiToken token = new ApiToken(TokenSecrets.newId(), name, role, TokenSecrets.hash(chosen),
				Instant.now(this.clock), "startup", null, null);
		this.tokens.insert(token);
		this.audit.record(Actor.SYSTEM, "issueToken", "tokens", token.id(), null, summary(token));
		return new IssuedToken(chosen, token);
	}

	private IssuedToken issue(String name, Role role, String createdBy) {
		String secret = TokenSecrets.newSecret();
		ApiToken token = new ApiToken(TokenSecrets.newId(), name, role, TokenSecrets.hash(secret),
				Instant.now(this.clock), createdBy, null, null);
		this.tokens.insert(token);
		this.audit.record(Actor.current(), "createToken", "tokens", token.id(), null, summary(token));
		return new IssuedToken(secret, token);
	}

	/**
	 * Makes a revoked token active again without an authenticated caller: only for the
	 * ADMIN token configured in TRACKER_ADMIN_TOKEN, at startup, so that the operator who
	 * holds it can always get back in.
	 */
	void reinstateAtStartup(ApiToken token) {
		ApiToken active = new ApiToken(token.id(), token.name(), token.role(), token.hash(), token.createdAt(),
				token.createdBy(), null, null);
		this.tokens.save(active);
		this.audit.record(Actor.SYSTEM, "reinstateToken", "tokens", token.id(), summary(token), summary(active));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<ApiToken> list() {
		return this.tokens.findAll(Sort.by("createdAt", "id"));
	}

	/** Revoking a revoked token changes nothing. */
	@PreAuthorize("hasRole('ADMIN')")
	public ApiToken revoke(String id) {
		ApiToken token = this.tokens.findById(id)
			.orElseThrow(() -> new NotFoundException("input.id",
					"No token has the id '" + id + "'; list them with 'tokens'."));
		if (!token.active()) {
			return token;
		}
		if (token.role() == Role.ADMIN && this.tokens.countByRoleAndRevokedAtIsNull(Role.ADMIN) <= 1) {
			// Nobody could then create or revoke tokens, nor read the audit trail, until
			// a
			// restart.
			throw new InvalidInputException("input.id",
					"'" + token.name()
							+ "' is the only active ADMIN token; revoking it would leave nobody able to manage tokens. "
							+ "Create another ADMIN token first, then revoke this one.");
		}
		ApiToken revoked = new ApiToken(token.id(), token.name(), token.role(), token.hash(), token.createdAt(),
				token.createdBy(), Instant.now(this.clock), Actor.current().name());
		this.tokens.save(revoked);
		this.audit.record(Actor.current(), "revokeToken", "tokens", id, summary(token), summary(revoked));
		return revoked;
	}

	boolean anyActive(Role role) {
		return this.tokens.existsByRoleAndRevokedAtIsNull(role);
	}

	Optional<ApiToken> byHashOf(String secret) {
		return this.tokens.findByHash(TokenSecrets.hash(secret));
	}

	/** What the audit keeps of a token: never the hash. */
	private static org.bson.Document summary(ApiToken token) {
		return new org.bson.Document("name", token.name()).append("role", token.role().name())
			.append("revokedAt", (token.revokedAt() != null) ? token.revokedAt().toString() : null);
	}

	/** A newly issued token: the secret is shown this once. */
	public record IssuedToken(String secret, ApiToken token) {
	}

}
