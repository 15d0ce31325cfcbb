package london.scrutiny.tracker.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When a kept result is given again, and when it is derived anew. */
class KeptUntilWriteTests {

	private final ChangeLog changes = mock(ChangeLog.class);

	private final AtomicLong numbered = new AtomicLong(7);

	private final AtomicLong outside = new AtomicLong(0);

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));

	private final AtomicInteger derivations = new AtomicInteger();

	private KeptUntilWrite<String, String> kept;

	@BeforeEach
	void keepTwoResultsForAMinute() {
		when(this.changes.position())
			.thenAnswer((i) -> new ChangeLog.WritePosition(this.numbered.get(), this.outside.get()));
		Clock clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return KeptUntilWriteTests.this.now.get();
			}
		};
		this.kept = new KeptUntilWrite<>(this.changes, clock, Duration.ofSeconds(60), 2);
	}

	@Test
	void aResultIsGivenAgainWhileNoWriteIsNumbered() {
		String first = derive("a");
		this.now.set(this.now.get().plusSeconds(59));
		assertThat(derive("a")).isSameAs(first);
		assertThat(this.derivations).hasValue(1);
	}

	@Test
	void aNumberedWriteHasTheResultDerivedAgain() {
		derive("a");
		this.numbered.incrementAndGet();
		assertThat(derive("a")).isEqualTo("a#2");
	}

	@Test
	void aLoadOutsideTheTrailHasTheResultDerivedAgain() {
		derive("a");
		this.outside.incrementAndGet();
		assertThat(derive("a")).isEqualTo("a#2");
	}

	@Test
	void aResultOlderThanItsMaximumAgeIsDerivedAgain() {
		derive("a");
		this.now.set(this.now.get().plusSeconds(60));
		assertThat(derive("a")).isEqualTo("a#2");
	}

	@Test
	void eachKeyHasItsOwnResult_andTheLeastRecentlyUsedIsDropped() {
		assertThat(derive("a")).isEqualTo("a#1");
		assertThat(derive("b")).isEqualTo("b#2");
		assertThat(derive("a")).isEqualTo("a#1");
		assertThat(derive("c")).isEqualTo("c#3");
		assertThat(derive("a")).as("used most recently before c").isEqualTo("a#1");
		assertThat(derive("b")).as("dropped for c").isEqualTo("b#4");
	}

	/** The key with the number of the derivation that made it. */
	private String derive(String key) {
		return this.kept.get(key, () -> key + "#" + this.derivations.incrementAndGet());
	}

}
