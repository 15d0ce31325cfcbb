package london.scrutiny.tracker.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import london.scrutiny.tracker.audit.AuditEntry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts stored writes by the operation (mutation) that made them and the collection
 * written: {@code tracker_writes_total}. Counted from the audit trail's events, so only
 * writes that were stored are counted, and replays that changed nothing are not.
 */
@Component
class WriteMetrics {

	private final MeterRegistry registry;

	WriteMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void on(AuditEntry entry) {
		Counter.builder("tracker.writes")
			.description("Records stored, by operation and collection")
			.tag("operation", entry.operation())
			.tag("collection", entry.collection())
			.register(this.registry)
			.increment();
	}

}
