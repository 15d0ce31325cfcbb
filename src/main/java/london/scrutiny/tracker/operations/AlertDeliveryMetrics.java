package london.scrutiny.tracker.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import london.scrutiny.tracker.audit.AuditEntry;
import org.bson.Document;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts webhook delivery attempts by outcome ({@code tracker_alert_deliveries_total}):
 * DELIVERED, PENDING (failed, to be retried) or FAILED (given up). Read from the delivery
 * log's audited writes, so the alerts need not know of metrics.
 */
@Component
class AlertDeliveryMetrics {

	static final String DELIVERY_LOG = "webhookDeliveries";

	static final String ATTEMPT = "recordDelivery";

	private final MeterRegistry registry;

	AlertDeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void on(AuditEntry entry) {
		Document after = entry.after();
		if (!DELIVERY_LOG.equals(entry.collection()) || !ATTEMPT.equals(entry.operation()) || after == null
				|| !(after.get("status") instanceof String outcome)) {
			return;
		}
		Counter.builder("tracker.alert.deliveries")
			.description("Webhook delivery attempts, by outcome")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

}
