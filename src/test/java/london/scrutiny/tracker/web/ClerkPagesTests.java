package london.scrutiny.tracker.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerks' pages over plain HTTP, as a browser without JavaScript sends them: the
 * session cookie's attributes, CSRF on every form, and that nothing is stored without a
 * signed-in token or before confirmation.
 */
@ApiTest
@TestPropertySource(properties = "tracker.test.store=pages")
class ClerkPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	HttpClient browser;

	@BeforeEach
	void aFreshBrowser() {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteStrictAndEveryFormCarriesACsrfToken() throws Exception {
		HttpResponse<String> page = get("/clerk");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<label for=\"token\">");
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict");
		assertThat(csrf(page)).isNotBlank();
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		get("/clerk");
		long letters = this.mongo.getCollection("documents").countDocuments();
		HttpResponse<String> refused = post("/clerk/sign-in", Map.of("token", ApiTest.ADMIN_TOKEN));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Nothing was changed");
		HttpResponse<String> confirm = post("/clerk/letters", Map.of("reference", "MGLA010101-1"));
		assertThat(confirm.statusCode()).isEqualTo(403);
		assertThat(this.mongo.getCollection("documents").countDocuments()).isEqualTo(letters);
	}

	@Test
	void anUnknownTokenIsRefusedAndFormsNeedASignedInToken() throws Exception {
		String token = csrf(get("/clerk"));
		HttpResponse<String> wrong = post("/clerk/sign-in", Map.of("_csrf", token, "token", "not-a-token"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("That token is not known");
		HttpResponse<String> draft = post("/clerk/drafts",
				Map.of("_csrf", csrf(wrong), "text", "Dear Chair, ...", "reportId", "pcc-2022-vawg"));
		assertThat(draft.statusCode()).isEqualTo(401);
		assertThat(draft.body()).contains("Sign in first");
	}

	@Test
	void aDraftStoresNothingAndSaysWhyTextIsRefused() throws Exception {
		String clerk = new GraphQlCalls(this.port).newToken("CLERK");
		HttpResponse<String> signedIn = post("/clerk/sign-in", Map.of("_csrf", csrf(get("/clerk")), "token", clerk));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		HttpResponse<String> start = get("/clerk");
		assertThat(start.body()).contains("Signed in as").contains("Read it into a draft");
		long before = this.mongo.getCollection("documents").countDocuments()
				+ this.mongo.getCollection("responses").countDocuments();
		HttpResponse<String> refused = post("/clerk/drafts",
				Map.of("_csrf", csrf(start), "text", "no letter here at all", "reportId", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("class=\"error\"");
		assertThat(this.mongo.getCollection("documents").countDocuments()
				+ this.mongo.getCollection("responses").countDocuments())
			.isEqualTo(before);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token in the page's forms").isTrue();
		return matcher.group(1);
	}

}
