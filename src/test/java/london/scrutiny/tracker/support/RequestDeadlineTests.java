package london.scrutiny.tracker.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Work stops at the request's deadline wherever it is spent: a batch load past the
 * deadline loads nothing, and outside a request there is no deadline.
 */
class RequestDeadlineTests {

	@Test
	void aBatchLoadPastTheDeadlineStopsBeforeItQueriesTheStore() {
		AtomicInteger loads = new AtomicInteger();
		RequestDeadline deadline = RequestDeadline.start(Duration.ofNanos(1));
		try {
			assertThatThrownBy(() -> Batches.one(List.of("a"), Function.identity(), (ids) -> {
				loads.incrementAndGet();
				return List.of("a");
			}, Function.identity())).isInstanceOf(RequestDeadline.RequestTimeoutException.class);
			assertThat(loads).hasValue(0);
			assertThat(deadline.wasPassed()).isTrue();
		}
		finally {
			deadline.end();
		}
	}

	@Test
	void withinTheDeadlineABatchLoadRuns() {
		RequestDeadline deadline = RequestDeadline.start(Duration.ofMinutes(1));
		try {
			Map<String, String> found = Batches.one(List.of("a"), Function.identity(), (ids) -> List.of("a"),
					Function.identity());
			assertThat(found).containsEntry("a", "a");
			assertThat(deadline.wasPassed()).isFalse();
		}
		finally {
			deadline.end();
		}
	}

	@Test
	void onceEndedTheDeadlineNoLongerStopsWorkOnTheThread() {
		RequestDeadline.start(Duration.ofNanos(1)).end();
		RequestDeadline.check();
	}

}
