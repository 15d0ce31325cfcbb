package london.scrutiny.tracker.security;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment can never lock itself out: the last active ADMIN token cannot be
 * revoked, and the token configured in TRACKER_ADMIN_TOKEN is reinstated at startup if it
 * was revoked. Token and audit times are served as RFC 3339 instants.
 */
@ApiTest
class AdminTokenTests {

	private static final String REVOKE = "mutation($id: ID!) { revokeToken(input: { id: $id }) { token { id revokedAt } } }";

	@LocalServerPort
	int port;

	@Autowired
	FirstAdminToken firstAdmin;

	GraphQlCalls http;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@Test
	void theLastActiveAdminTokenCannotRevokeItselfAndStillWorks() {
		String self = configuredTokenId();
		// Other tests of this application may have created ADMIN tokens: revoke them, so
		// that the configured one is the last.
		for (JsonNode token : tokens()) {
			if (token.path("role").asString().equals("ADMIN") && token.path("revokedAt").isNull()
					&& !token.path("id").asString().equals(self)) {
				this.http.as(ApiTest.ADMIN_TOKEN, REVOKE, Map.of("id", token.path("id").asString()));
			}
		}
		JsonNode refused = this.http.as(ApiTest.ADMIN_TOKEN, REVOKE, Map.of("id", self));
		assertThat(GraphQlCalls.classifications(refused)).containsExactly("BAD_REQUEST");
		assertThat(refused.path("errors").path(0).path("message").asString()).contains("only active ADMIN token");
		assertThat(tokens()).isNotEmpty();
	}

	@Test
	void aRevokedConfiguredAdminTokenIsReinstatedAtStartupAndTimesAreInstants() {
		String second = this.http.newToken("ADMIN");
		JsonNode revoked = this.http.as(second, REVOKE, Map.of("id", configuredTokenId()));
		assertThat(revoked.path("data").path("revokeToken").path("token").path("revokedAt").asString())
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
		assertThat(GraphQlCalls.classifications(this.http.as(ApiTest.ADMIN_TOKEN, "{ tokens { id } }", Map.of())))
			.containsExactly("UNAUTHORIZED");

		this.firstAdmin.afterPropertiesSet();

		JsonNode listed = this.http.as(ApiTest.ADMIN_TOKEN,
				"{ tokens { id createdAt revokedAt } auditTrail(first: 1) { edges { node { operation at } } } }",
				Map.of());
		assertThat(listed.path("errors").isMissingNode()).as(listed.toString()).isTrue();
		assertThat(listed.path("data").path("tokens").path(0).path("createdAt").asString()).endsWith("Z");
		JsonNode latest = listed.path("data").path("auditTrail").path("edges").path(0).path("node");
		assertThat(latest.path("operation").asString()).isEqualTo("reinstateToken");
		assertThat(latest.path("at").asString()).endsWith("Z");
	}

	private String configuredTokenId() {
		return tokens().stream()
			.filter((t) -> t.path("name").asString().equals("Administrator (configured)"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
	}

	private List<JsonNode> tokens() {
		return this.http.as(ApiTest.ADMIN_TOKEN, "{ tokens { id name role revokedAt } }", Map.of())
			.path("data")
			.path("tokens")
			.valueStream()
			.toList();
	}

}
