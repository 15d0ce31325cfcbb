package london.scrutiny.tracker.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.importer.pdf.TestPdfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in a real browser: the system's headless Chromium, driven by Selenium. Each
 * page renders, its links resolve, it logs no console error, every request it makes stays
 * on the application's origin, and a screenshot of it is kept under
 * {@code target/screenshots/}. A clerk takes a letter from its PDF to a confirmed,
 * assessed record, and the Summary List of Actions prints on A4 portrait with page
 * numbers. Where Chromium or its driver is missing, the tests say so and are skipped.
 */
@ApiTest
@TestPropertySource(properties = "tracker.test.store=pages")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A4 portrait at 96 px to the inch. */
	private static final int A4_WIDTH_PX = 794;

	private static final List<String> PAGES = List.of("/", "/committees/london-assembly-pcc",
			"/reports/pcc-2022-vawg?asOf=2022-09-01", "/reports/pcc-2021-03-17", "/asks/pcc-2022-vawg/6",
			"/asks/pcc-2021-03-17/2", "/letters/MGLA230322-7616", "/letters/MOPAC120421-D3666", "/programmes/drive",
			"/programmes/myends", "/search?q=custody", "/search", "/clerk",
			"/summary-of-actions?committee=org/london-assembly-pcc&asOf=2022-06-01&format=html&item=5");

	@LocalServerPort
	int port;

	ChromeDriver browser;

	String origin;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void aBrowser() throws IOException {
		Path chromium = executable("tracker.chromium", "chromium", "chromium-browser", "google-chrome");
		Path driver = executable("tracker.chromedriver", "chromedriver");
		Assumptions.assumeTrue(chromium != null && driver != null,
				"No Chromium and chromedriver on this machine (apt-get install chromium chromium-driver):"
						+ " the browser tests are skipped.");
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1600",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
		this.browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build(),
				options);
		this.origin = "http://localhost:" + this.port;
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void signedOutOnScreen() {
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void everyPageRendersItsLinksResolveAndNothingLeavesTheApplication() throws Exception {
		Set<String> links = new LinkedHashSet<>();
		for (String page : PAGES) {
			open(page);
			assertThat(this.browser.findElements(By.tagName("h1"))).as("one heading on " + page).hasSize(1);
			assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
			assertEveryControlIsLabelled(page);
			for (WebElement link : this.browser.findElements(By.cssSelector("a[href]"))) {
				String href = link.getDomProperty("href");
				assertThat(href).as("a link on " + page).startsWith(this.origin);
				links.add(href.replaceFirst("#.*$", ""));
			}
			screenshot(name(page));
		}
		List<String> broken = new ArrayList<>();
		for (String link : links) {
			int status = this.http
				.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
			boolean signInFirst = status == 401 && link.startsWith(this.origin + "/clerk");
			if (status != 200 && !signInFirst) {
				broken.add(status + " " + link);
			}
		}
		assertThat(broken).as("links that do not resolve").isEmpty();
		assertThat(links).as("links followed").hasSizeGreaterThan(40);
	}

	@Test
	void aReportShowsItsAsksAsOfAChosenDateWithAPictureAndItsTextAlternative() {
		open("/reports/pcc-2022-vawg");
		WebElement date = this.browser.findElement(By.id("asOf"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2022-05-01'", date);
		go(() -> date.submit());
		assertThat(this.browser.getCurrentUrl()).endsWith("/reports/pcc-2022-vawg?asOf=2022-05-01");
		assertThat(this.browser.findElements(By.cssSelector("tbody .badge"))).extracting(WebElement::getText)
			.contains("Awaiting answer")
			.doesNotContain("Answered late");
		WebElement picture = this.browser.findElement(By.cssSelector("figure.chart svg[role=img]"));
		String described = picture.getDomAttribute("aria-labelledby");
		assertThat(described).isNotBlank();
		assertThat(this.browser.findElement(By.cssSelector("figure.chart desc")).getDomProperty("textContent"))
			.contains("Answer: 0 answered on time, 0 answered late, 0 overdue, 14 awaiting an answer.");
		assertNoConsoleErrorAndNoRequestOutside("/reports/pcc-2022-vawg?asOf=2022-05-01");
	}

	@Test
	void openInGraphiqlRunsThePagesOwnQuery() {
		open("/asks/pcc-2022-vawg/6");
		this.browser.findElement(By.cssSelector("a.graphiql")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((d) -> String.valueOf(((JavascriptExecutor) d).executeScript("return document.body.innerText"))
				.contains("query Ask($id: ID!, $asOf: Date)"));
		assertThat(this.browser.getCurrentUrl()).startsWith(this.origin + "/graphiql?query=");
		assertThat(String.valueOf(((JavascriptExecutor) this.browser).executeScript("return document.body.innerText")))
			.contains("pcc-2022-vawg/6");
		screenshot("graphiql-from-ask");
		assertNoConsoleErrorAndNoRequestOutside("GraphiQL");
	}

	@Test
	void aClerkTakesALetterFromItsPdfToAConfirmedAssessedRecord() throws Exception {
		GraphQlCalls api = new GraphQlCalls(this.port);
		int n = 1000 + (int) (System.nanoTime() % 8000);
		String report = "pcc-browser-" + n;
		api.as(ApiTest.ADMIN_TOKEN, "mutation($input: RecordReportInput!) { recordReport(input: $input) { created } }",
				Map.of("input", Map.of("id", report, "kind", "COMMITTEE_REPORT", "title", "Browser fixture " + n,
						"publishedOn", "2024-02-01", "authorId", "org/london-assembly-pcc", "asks",
						List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text",
								"MOPAC must publish its plan by June 2024.", "addresseeIds", List.of("org/mopac")),
								Map.of("number", 2, "kind", "RECOMMENDATION", "text", "The Met must report quarterly.",
										"addresseeIds", List.of("org/mps"))))));
		String clerk = api.newToken("CLERK");

		// Without a token: the form says so.
		open("/clerk");
		this.browser.findElement(By.id("token")).sendKeys("not-a-token");
		go(() -> this.browser.findElement(By.cssSelector("main form button")).click());
		assertThat(this.browser.findElement(By.cssSelector("[role=alert]")).getText())
			.contains("That token is not known");

		this.browser.findElement(By.id("token")).sendKeys(clerk);
		go(() -> this.browser.findElement(By.cssSelector("main form button")).click());
		assertThat(this.browser.findElement(By.cssSelector(".signed-in")).getText()).contains("Signed in as");
		new Select(this.browser.findElement(By.id("reportId"))).selectByValue(report);
		// The letter arrives as a PDF, with a running header on every page.
		Path pdf = Path.of("target", "browser-letter-" + n + ".pdf").toAbsolutePath();
		Files.write(pdf, TestPdfs.document(letter(n), "Greater London Authority", false));
		this.browser.findElement(By.id("pdf")).sendKeys(pdf.toString());
		WebElement text = this.browser.findElement(By.id("text"));
		screenshot("clerk-upload");
		go(() -> text.submit());

		// The draft beside the text, each item with its confidence; nothing stored yet.
		assertThat(this.browser.findElement(By.cssSelector(".source-text")).getText()).contains("MGLA010224-" + n);
		assertThat(this.browser.findElement(By.id("reference")).getDomProperty("value")).isEqualTo("MGLA010224-" + n);
		assertThat(this.browser.findElement(By.id("reference-confidence")).getText()).startsWith("Confidence high");
		assertThat(this.browser.findElement(By.id("responses0.recommendationId")).getDomProperty("value"))
			.isEqualTo(report + "/1");
		assertThat(api.query("{ letter(reference: \"MGLA010224-" + n + "\") { id } }")
			.path("data")
			.path("letter")
			.isNull()).isTrue();
		screenshot("clerk-draft");

		// A mistake is refused, saying what to change; corrected, the letter is recorded.
		WebElement wrongAsk = this.browser.findElement(By.id("responses1.recommendationId"));
		wrongAsk.clear();
		wrongAsk.sendKeys(report + "/9");
		go(wrongAsk::submit);
		assertThat(this.browser.findElement(By.id("refusal")).getText())
			.contains("no ask has the id '" + report + "/9'")
			.contains("responses[1].recommendationId");
		assertThat(this.browser.findElement(By.id("responses1.recommendationId")).getDomAttribute("class"))
			.contains("error-field");
		screenshot("clerk-refused");
		WebElement askId = this.browser.findElement(By.id("responses1.recommendationId"));
		askId.clear();
		askId.sendKeys(report + "/2");
		WebElement role = this.browser.findElement(By.id("fromRole"));
		role.clear();
		role.sendKeys("Mayor of London");
		go(() -> role.submit());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Letter recorded");
		screenshot("clerk-recorded");

		// Assess the first answer.
		go(() -> this.browser.findElements(By.linkText("assess this answer")).get(0).click());
		new Select(this.browser.findElement(By.id("position"))).selectByValue("ACCEPTED");
		new Select(this.browser.findElement(By.id("implementation"))).selectByValue("IN_PROGRESS");
		this.browser.findElement(By.id("rationale")).sendKeys("Promises the plan in June 2024");
		screenshot("clerk-assessment");
		go(() -> this.browser.findElement(By.id("rationale")).submit());
		assertThat(this.browser.getCurrentUrl()).endsWith("/asks/" + report + "/1#assessments");
		assertThat(this.browser.findElement(By.id("assessments")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Promises the plan in June 2024");
		screenshot("ask-assessed");

		JsonNode stored = api.query("{ recommendation(id: \"" + report
				+ "/1\") { responseStatus position implementation responses { letter { reference from { role } } } } }")
			.path("data")
			.path("recommendation");
		assertThat(stored.path("position").asString()).isEqualTo("ACCEPTED");
		assertThat(stored.path("implementation").asString()).isEqualTo("IN_PROGRESS");
		assertThat(stored.path("responses").get(0).path("letter").path("reference").asString())
			.isEqualTo("MGLA010224-" + n);
		assertThat(stored.path("responses").get(0).path("letter").path("from").path("role").asString())
			.isEqualTo("Mayor of London");

		// Signed out, the same form leads back to sign-in and stores nothing.
		this.browser.manage().deleteAllCookies();
		open("/clerk");
		assertThat(this.browser.findElements(By.id("text"))).isEmpty();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Clerks: sign in");
	}

	@Test
	void theSummaryListOfActionsPrintsOnA4PortraitWithPageNumbers() {
		open("/summary-of-actions?committee=org/london-assembly-pcc&asOf=2022-06-01&format=html&item=5");
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", A4_WIDTH_PX, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
		JavascriptExecutor js = this.browser;
		long widest = ((Number) js.executeScript("return Math.max(document.documentElement.scrollWidth,"
				+ " ...Array.from(document.querySelectorAll('table')).map(t => t.getBoundingClientRect().right))"))
			.longValue();
		assertThat(widest).as("the widest table, printed at A4 portrait width").isLessThanOrEqualTo(A4_WIDTH_PX);
		String pageRule = String.valueOf(js.executeScript("return Array.from(document.styleSheets)"
				+ ".flatMap(s => Array.from(s.cssRules)).filter(r => r instanceof CSSPageRule)"
				+ ".map(r => r.cssText).join(' ')"));
		assertThat(pageRule).contains("size: a4").contains("counter(page)");
		assertThat(js.executeScript("return getComputedStyle(document.querySelector('thead')).display"))
			.isEqualTo("table-header-group");
		screenshot("summary-of-actions-print");

		Map<String, Object> pdf = this.browser.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true));
		byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
		String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(raw);
		assertThat(box.find()).isTrue();
		assertThat(Double.parseDouble(box.group(1))).as("A4 width in points").isBetween(594.0, 596.5);
		assertThat(Double.parseDouble(box.group(2))).as("A4 height in points").isBetween(841.0, 843.0);
		long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count();
		assertThat(pages).as("pages printed").isBetween(2L, 6L);
	}

	private void open(String path) {
		this.browser.manage().logs().get(LogType.PERFORMANCE);
		this.browser.manage().logs().get(LogType.BROWSER);
		this.browser.get(this.origin + path);
		awaitPage();
		assertNoConsoleErrorAndNoRequestOutside(path);
	}

	/** Clicks or submits, and waits for the page it leads to. */
	private void go(Runnable action) {
		WebElement old = this.browser.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
		awaitPage();
	}

	private void awaitPage() {
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Console errors, and every network request since the last look: all on the app's
	 * origin (the browser's own chrome:// pages are not requests to anywhere).
	 */
	private void assertNoConsoleErrorAndNoRequestOutside(String page) {
		List<String> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((e) -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("console errors on " + page).isEmpty();
		List<String> outside = new ArrayList<>();
		for (LogEntry entry : this.browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
				String url = message.path("params").path("request").path("url").asString();
				boolean network = url.matches("^(https?|wss?)://.*");
				if (network && !url.startsWith(this.origin + "/") && !url.equals(this.origin)) {
					outside.add(url);
				}
			}
		}
		assertThat(outside).as("requests that left the application from " + page).isEmpty();
		List<?> resources = (List<?>) ((JavascriptExecutor) this.browser)
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(resources).as("resources loaded by " + page)
			.allSatisfy(
					(url) -> assertThat(String.valueOf(url)).matches("^(" + Pattern.quote(this.origin) + "/|data:).*"));
	}

	/** Every form control has a label a screen reader reads. */
	private void assertEveryControlIsLabelled(String page) {
		Object unlabelled = ((JavascriptExecutor) this.browser).executeScript("""
				return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
				  .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))
				  .map(c => c.outerHTML)""");
		assertThat((List<?>) unlabelled).as("unlabelled controls on " + page).isEmpty();
	}

	private void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot keep the screenshot " + name, ex);
		}
	}

	private static String name(String page) {
		String path = page.replaceFirst("\\?.*$", "");
		String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
		return page.contains("q=") ? name + "-results" : name;
	}

	private static Path executable(String property, String... names) {
		String configured = System.getProperty(property);
		if (configured != null) {
			return Files.isExecutable(Path.of(configured)) ? Path.of(configured) : null;
		}
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
			for (String name : names) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static String letter(int n) {
		return """
				**MAYOR OF LONDON**

				Chair of the Police and Crime Committee
				City Hall

				**Our ref:** MGLA010224-%d**Date:** 20 May 2024

				Dear Chair,

				Thank you for sending the Committee's report. I am sorry for the delay in responding.

				### **Recommendation 1**

				**MOPAC must publish its plan by June 2024.**

				MOPAC will publish the plan in June 2024. The Drive programme received £1.2m in 2023-24 to support this work.

				### **Recommendation 2**

				**The Met must report quarterly.**

				The Met reports to MOPAC every quarter, and 95%% of its reports arrived on time.

				Yours sincerely,

				**Sadiq Khan**

				Mayor of London
				"""
			.formatted(n);
	}

}
