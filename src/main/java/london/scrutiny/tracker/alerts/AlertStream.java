package london.scrutiny.tracker.alerts;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import london.scrutiny.tracker.alerts.AlertTrail.Sequenced;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's live alerts, for the {@code askEvents} subscription. Every instance
 * follows the whole audit trail (see {@link AlertEngine}), so a subscriber connected to
 * any instance receives every alert, whichever instance stored it, in the trail's order.
 * <p>
 * Each subscriber has a queue of at most {@code tracker.alerts.subscriber-buffer} alerts
 * waiting to be sent. One that falls further behind is not dropped from silently: its
 * stream sends what is queued and then ends with a {@link FellBehindException}; the
 * client subscribes again after the last alert it received ({@code askEvents(after:)})
 * and loses nothing, since every alert is stored. A resumed subscription first replays
 * from the trail what came after that alert, then continues live, skipping what the
 * replay held.
 */
@Component
class AlertStream {

	/** Alerts handed to the transport ahead of what the client has taken. */
	static final int PREFETCH = 8;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final AlertTrail trail;

	private final int capacity;

	AlertStream(AlertTrail trail, @Value("${tracker.alerts.subscriber-buffer:1000}") int capacity) {
		this.trail = trail;
		this.capacity = capacity;
	}

	/** Hands a stored alert to every subscriber that wants it; never blocks. */
	void publish(long seq, AlertEvent alert) {
		this.subscribers.forEach((s) -> s.offer(new Sequenced(seq, alert)));
	}

	/**
	 * Alerts matching {@code filter}: those stored after the alert {@code after} (from
	 * the trail, then live), or, without it, those stored from now on.
	 */
	Flux<AlertEvent> events(AlertFilter filter, String after) {
		AlertFilter wanted = (filter != null) ? filter : new AlertFilter(null, null, null, null);
		Long from = (after != null) ? this.trail.seqOf(after) : null;
		return Flux.defer(() -> {
			// Joined before the replay reads the trail, so nothing stored meanwhile is
			// missed.
			Subscriber subscriber = new Subscriber(wanted, this.capacity);
			this.subscribers.add(subscriber);
			Flux<Sequenced> alerts;
			if (from == null) {
				alerts = subscriber.queue.asFlux();
			}
			else {
				AtomicLong mark = new AtomicLong(from);
				alerts = this.trail.after(mark)
					.filter((s) -> wanted.matches(s.alert()))
					.subscribeOn(Schedulers.boundedElastic())
					.concatWith(Flux.defer(() -> subscriber.queue.asFlux().filter((s) -> s.seq() > mark.get())));
			}
			return alerts.publishOn(Schedulers.boundedElastic(), PREFETCH)
				.map(Sequenced::alert)
				.doFinally((signal) -> this.subscribers.remove(subscriber));
		});
	}

	int subscribers() {
		return this.subscribers.size();
	}

	/** One subscription's queue of alerts waiting to be sent. */
	private static final class Subscriber {

		private final AlertFilter filter;

		private final int capacity;

		private final Sinks.Many<Sequenced> queue;

		private String lastQueued;

		private boolean ended;

		Subscriber(AlertFilter filter, int capacity) {
			this.filter = filter;
			this.capacity = capacity;
			this.queue = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(capacity));
		}

		synchronized void offer(Sequenced alert) {
			if (this.ended || !this.filter.matches(alert.alert())) {
				return;
			}
			if (this.queue.tryEmitNext(alert) == Sinks.EmitResult.FAIL_OVERFLOW) {
				// What is queued is still sent, then the error: the last alert the
				// client receives is the last one queued.
				this.ended = true;
				this.queue.tryEmitError(new FellBehindException(this.capacity, this.lastQueued));
			}
			else {
				this.lastQueued = alert.alert().id();
			}
		}

	}

}
