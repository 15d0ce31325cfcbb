package london.scrutiny.tracker.alerts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphQLError;
import london.scrutiny.tracker.support.TrackerErrorType;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.BaseSubscriber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live subscriber that stops reading is not dropped from silently: once more than its
 * buffer waits, it receives what was waiting, in order and without a gap, then an error
 * classified FELL_BEHIND naming the last alert it received, from which it can resume.
 */
class AlertStreamTests {

	static final int BUFFER = 4;

	@Test
	void aSubscriberThatFallsBehind_getsWhatWaited_thenAnErrorNamingTheLastAlertSent() throws Exception {
		AlertStream stream = new AlertStream(null, BUFFER);
		List<String> received = Collections.synchronizedList(new ArrayList<>());
		AtomicReference<Throwable> ended = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(1);
		BaseSubscriber<AlertEvent> slow = new BaseSubscriber<>() {
			@Override
			protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
				request(1);
			}

			@Override
			protected void hookOnNext(AlertEvent alert) {
				received.add(alert.id());
			}

			@Override
			protected void hookOnError(Throwable error) {
				ended.set(error);
				done.countDown();
			}
		};
		stream.events(null, null).subscribe(slow);
		for (int i = 1; i <= 100; i++) {
			stream.publish(i, alert(i));
		}
		slow.request(Long.MAX_VALUE);
		assertThat(done.await(10, TimeUnit.SECONDS)).as("the stream ended").isTrue();

		assertThat(ended.get()).isInstanceOf(FellBehindException.class);
		assertThat(received).hasSizeBetween(1, 100 - 1)
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, received.size()).mapToObj((i) -> alert(i).id()).toList());
		FellBehindException behind = (FellBehindException) ended.get();
		assertThat(behind.lastQueued()).isEqualTo(received.get(received.size() - 1));
		GraphQLError error = new AlertErrors().resolveToSingleError(behind);
		assertThat(error.getErrorType()).isEqualTo(TrackerErrorType.FELL_BEHIND);
		assertThat(error.getMessage()).contains("after");
		assertThat(error.getExtensions()).containsEntry("lastSent", behind.lastQueued());
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (stream.subscribers() > 0 && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		assertThat(stream.subscribers()).as("an ended stream is forgotten").isZero();
	}

	@Test
	void aSubscriberWithinItsBuffer_receivesEveryAlertItWants_inOrder() throws Exception {
		// Only the alerts a subscriber wants take room in its buffer: 20 of these 40.
		AlertStream stream = new AlertStream(null, 20);
		List<String> received = Collections.synchronizedList(new ArrayList<>());
		AtomicReference<Throwable> ended = new AtomicReference<>();
		stream.events(new AlertFilter(null, "report-a", null, null), null)
			.subscribe((a) -> received.add(a.id()), ended::set);
		for (int i = 1; i <= 40; i++) {
			stream.publish(i, alert(i));
		}
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (received.size() < 20 && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		assertThat(ended.get()).isNull();
		assertThat(received).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40)
			.filter((i) -> i % 2 == 1)
			.mapToObj((i) -> alert(i).id())
			.toList());
	}

	private static AlertEvent alert(int n) {
		return new AlertEvent("alert/letter_arrived/ask/" + n, AlertKind.LETTER_ARRIVED, "ask",
				(n % 2 == 1) ? "report-a" : "report-b", "org/committee", null, LocalDate.of(2024, 1, 1), "Alert " + n,
				"", null);
	}

}
