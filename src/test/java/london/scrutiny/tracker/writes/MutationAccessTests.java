package london.scrutiny.tracker.writes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation through HTTP, anonymously and with each role: UNAUTHORIZED without a
 * token, FORBIDDEN with too weak a role, and in both cases nothing stored; success with a
 * strong enough role.
 */
@WriteTest
class MutationAccessTests {

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	GraphQlCalls http;

	Map<String, String> tokens;

	@BeforeEach
	void tokensForEveryRole() {
		this.http = new GraphQlCalls(this.port);
		this.tokens = Map.of("CLERK", this.http.newToken("CLERK"), "EDITOR", this.http.newToken("EDITOR"), "ADMIN",
				ApiTest.ADMIN_TOKEN);
	}

	/**
	 * A mutation, the weakest role allowed to send it, and a fresh valid input for it.
	 */
	record Case(String name, String role, String query, Function<MutationAccessTests, Map<String, Object>> input) {

		@Override
		public String toString() {
			return this.name + " needs " + this.role;
		}

	}

	static Stream<Case> mutations() {
		return Stream.of(
				new Case("recordReport", "EDITOR", WriteFixtures.RECORD_REPORT,
						(t) -> Map.of("input", WriteFixtures.report("pcc-access-" + WriteFixtures.next()))),
				new Case("recordLetter", "CLERK", WriteFixtures.RECORD_LETTER, (t) -> Map.of("input", t.letterInput())),
				new Case("recordAssessment", "CLERK", WriteFixtures.RECORD_ASSESSMENT,
						(t) -> Map.of("input",
								WriteFixtures.assessment("pcc-2022-vawg/3", "Access check " + WriteFixtures.next()))),
				new Case("reviseDeadline", "EDITOR", """
						mutation($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { created } }""",
						(t) -> Map.of("input", t.revisionInput())),
				new Case("updateRecommendation", "EDITOR",
						"""
								mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { recommendation { version } } }""",
						(t) -> Map.of("input", Map.of("id", t.freshAsk(), "expectedVersion", 0, "title", "Retitled"))),
				new Case("recordProgramme", "EDITOR", WriteFixtures.RECORD_PROGRAMME,
						(t) -> Map.of("input", WriteFixtures.programme("programme/access-" + WriteFixtures.next()))),
				new Case("updateProgramme", "EDITOR", WriteFixtures.UPDATE_PROGRAMME,
						(t) -> Map.of("input",
								Map.of("id", t.freshProgramme(), "expectedVersion", 0, "status", "Running"))),
				new Case("addFundingLine", "EDITOR",
						"""
								mutation($input: AddFundingLineInput!) { addFundingLine(input: $input) { programme { funding { amount } } } }""",
						(t) -> Map.of("input",
								Map.of("programmeId", t.freshProgramme(), "expectedVersion", 0, "amount", "2500000",
										"funderId", "org/home-office"))),
				new Case("recordEvidence", "EDITOR", WriteFixtures.RECORD_EVIDENCE,
						(t) -> Map.of("input", WriteFixtures.evidence("evidence/test/access-" + WriteFixtures.next()))),
				new Case("linkEvidence", "EDITOR",
						"""
								mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { evidence { programmes { id } } } }""",
						(t) -> Map.of("input",
								Map.of("evidenceId", t.freshEvidence(), "programmeIds", List.of("programme/drive")))),
				new Case("createToken", "ADMIN", """
						mutation($input: CreateTokenInput!) { createToken(input: $input) { secret token { id } } }""",
						(t) -> Map.of("input", Map.of("name", "Access check", "role", "CLERK"))),
				new Case("revokeToken", "ADMIN", """
						mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { token { active } } }""",
						(t) -> Map.of("input", Map.of("id", t.freshTokenId()))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void anonymousWritesAreUnauthorizedAndChangeNothing(Case mutation) {
		Map<String, Object> variables = mutation.input().apply(this);
		Map<String, Long> before = WriteFixtures.counts(this.mongo);
		JsonNode response = this.http.as(null, mutation.query(), variables);
		assertThat(WriteFixtures.classification(response)).isEqualTo("UNAUTHORIZED");
		assertThat(response.path("errors").get(0).path("message").asString()).contains("Authorization: Bearer");
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void aRevokedOrUnknownTokenIsUnauthorized(Case mutation) {
		JsonNode response = this.http.as("trk_not-a-real-token", mutation.query(), mutation.input().apply(this));
		assertThat(WriteFixtures.classification(response)).isEqualTo("UNAUTHORIZED");
		assertThat(response.path("errors").get(0).path("message").asString()).contains("not valid or has been revoked");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void weakerRolesAreForbiddenAndChangeNothing(Case mutation) {
		for (String role : List.of("CLERK", "EDITOR", "ADMIN")) {
			if (role.equals(mutation.role())) {
				break;
			}
			Map<String, Object> variables = mutation.input().apply(this);
			Map<String, Long> before = WriteFixtures.counts(this.mongo);
			JsonNode response = this.http.as(this.tokens.get(role), mutation.query(), variables);
			assertThat(WriteFixtures.classification(response)).as(role).isEqualTo("FORBIDDEN");
			assertThat(WriteFixtures.counts(this.mongo)).as(role).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void theRequiredRoleAndEveryStrongerOneSucceed(Case mutation) {
		List<String> roles = List.of("CLERK", "EDITOR", "ADMIN");
		for (String role : roles.subList(roles.indexOf(mutation.role()), roles.size())) {
			JsonNode response = this.http.as(this.tokens.get(role), mutation.query(), mutation.input().apply(this));
			assertThat(response.path("errors").isMissingNode()).as(role + ": " + response.path("errors")).isTrue();
			assertThat(response.path("data").path(mutation.name()).isObject()).isTrue();
		}
	}

	@Test
	void adminQueriesAreForbiddenToOtherRolesAndUnauthorizedAnonymously() {
		for (String query : List.of("{ tokens { id } }", "{ auditTrail { totalCount } }")) {
			assertThat(WriteFixtures.classification(this.http.as(null, query, Map.of()))).isEqualTo("UNAUTHORIZED");
			assertThat(WriteFixtures.classification(this.http.as(this.tokens.get("EDITOR"), query, Map.of())))
				.isEqualTo("FORBIDDEN");
			assertThat(this.http.as(ApiTest.ADMIN_TOKEN, query, Map.of()).path("errors").isMissingNode()).isTrue();
		}
	}

	@Test
	void readsStayPublic() {
		JsonNode response = this.http.as(null, "{ recommendations(first: 1) { totalCount } }", Map.of());
		assertThat(response.path("data").path("recommendations").path("totalCount").asInt()).isPositive();
	}

	// Fresh records for the mutations that act on one, made as ADMIN so each case starts
	// from version 0.

	private Map<String, Object> letterInput() {
		String report = "pcc-letter-" + WriteFixtures.next();
		this.http.as(ApiTest.ADMIN_TOKEN, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		return WriteFixtures.letter("MOPAC150424-T" + WriteFixtures.next(), report);
	}

	private String freshAsk() {
		String report = "pcc-ask-" + WriteFixtures.next();
		this.http.as(ApiTest.ADMIN_TOKEN, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		return report + "/1";
	}

	private Map<String, Object> revisionInput() {
		return Map.of("recommendationId", freshAsk(), "expectedVersion", 0, "deadline",
				Map.of("date", "2024-09-30", "precision", "MONTH", "text", "by September 2024"), "reason",
				"The Committee agreed more time", "effectiveOn", "2024-05-01");
	}

	private String freshProgramme() {
		String id = "programme/fresh-" + WriteFixtures.next();
		this.http.as(ApiTest.ADMIN_TOKEN, WriteFixtures.RECORD_PROGRAMME, Map.of("input", WriteFixtures.programme(id)));
		return id;
	}

	private String freshEvidence() {
		String id = "evidence/test/fresh-" + WriteFixtures.next();
		this.http.as(ApiTest.ADMIN_TOKEN, WriteFixtures.RECORD_EVIDENCE, Map.of("input", WriteFixtures.evidence(id)));
		return id;
	}

	private String freshTokenId() {
		return this.http
			.as(ApiTest.ADMIN_TOKEN,
					"mutation { createToken(input: { name: \"To revoke\", role: CLERK }) { token { id } } }", Map.of())
			.path("data")
			.path("createToken")
			.path("token")
			.path("id")
			.asString();
	}

}
