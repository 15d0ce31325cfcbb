package london.scrutiny.tracker.alerts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * This instance's live alerts, for the {@code askEvents} subscription. Every instance
 * follows the whole audit trail (see {@link AlertEngine}), so a subscriber connected to
 * any instance receives every alert, whichever instance stored it. A subscriber too slow
 * to keep up loses alerts rather than holding memory; the feeds and {@code alerts} query
 * hold them all.
 */
@Component
class AlertStream {

	private final Sinks.Many<AlertEvent> sink = Sinks.many().multicast().directBestEffort();

	void publish(AlertEvent alert) {
		this.sink.tryEmitNext(alert);
	}

	Flux<AlertEvent> events(AlertFilter filter) {
		AlertFilter wanted = (filter != null) ? filter : new AlertFilter(null, null, null, null);
		return this.sink.asFlux().filter(wanted::matches);
	}

}
