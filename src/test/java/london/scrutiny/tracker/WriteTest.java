package london.scrutiny.tracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link ApiTest} whose writes stay: it runs on a store of its own, shared only with
 * the other write tests, so the read tests always see the seed as curated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@TestPropertySource(properties = "tracker.test.store=writes")
public @interface WriteTest {

}
