package london.scrutiny.tracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the running application over HTTP, on the embedded store in a data directory
 * of its own (so a test run never touches ./data), seeded from the curated corpus. The
 * alerts' background work is off (it writes on a schedule, which would race tests that
 * count what is stored); the alert tests turn it on. The status facts' start-up check
 * finishes before the tests start, for the same reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.data-dir=target/test-data/${random.uuid}", "tracker.alerts.enabled=false",
				"tracker.status-facts.check-on-start=blocking", "tracker.security.admin-token=" + ApiTest.ADMIN_TOKEN })
@AutoConfigureHttpGraphQlTester
public @interface ApiTest {

	/**
	 * The ADMIN token every test application starts with; other roles' tokens are created
	 * through the API.
	 */
	String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

}
