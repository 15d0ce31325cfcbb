package london.scrutiny.tracker.security;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.audit.AuditTrail;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Tokens and the audit trail, for ADMIN. */
@Controller
class SecurityController {

	private final TokenService tokens;

	private final AuditTrail audit;

	private final Paging paging;

	SecurityController(TokenService tokens, AuditTrail audit, Paging paging) {
		this.tokens = tokens;
		this.audit = audit;
		this.paging = paging;
	}

	@QueryMapping
	List<ApiToken> tokens() {
		return this.tokens.list();
	}

	@MutationMapping
	TokenService.IssuedToken createToken(@Argument CreateTokenInput input) {
		return this.tokens.create(input.name(), input.role());
	}

	@MutationMapping
	Map<String, ApiToken> revokeToken(@Argument RevokeTokenInput input) {
		return Map.of("token", this.tokens.revoke(input.id()));
	}

	@QueryMapping
	PageConnection<AuditEntry> auditTrail(@Argument AuditTrail.AuditFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.audit.find(filter, this.paging.request(first, after));
	}

	@SchemaMapping(typeName = "Token")
	boolean active(ApiToken token) {
		return token.active();
	}

	record CreateTokenInput(String name, Role role) {
	}

	record RevokeTokenInput(String id) {
	}

}
