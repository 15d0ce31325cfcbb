package london.scrutiny.tracker.alerts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert to one webhook: its log. The id joins the two, so there is one delivery per
 * alert and hook whatever the number of instances. {@code status} is PENDING (waiting for
 * {@code nextAttemptAt}), SENDING (claimed by an instance until {@code leaseUntil}),
 * DELIVERED or FAILED (after the last attempt).
 */
@Document("webhookDeliveries")
public record Delivery(@Id String id, String webhookId, String alertId, String status, int attempts,
		Instant nextAttemptAt, Instant leaseUntil, Integer lastStatusCode, String lastError, Instant deliveredAt,
		Long version) {

	static String idOf(String webhookId, String alertId) {
		return webhookId + "|" + alertId;
	}

}
