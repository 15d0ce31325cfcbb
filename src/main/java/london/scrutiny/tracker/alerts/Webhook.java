package london.scrutiny.tracker.alerts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A receiver of alerts: its URL, the kinds it wants (all when empty), an optional
 * committee, report or ask it follows, and the secret each delivery is signed with.
 */
@Document("webhooks")
public record Webhook(@Id String id, String url, List<AlertKind> events, String committeeId, String reportId,
		String askId, String secret, String createdBy, Instant createdAt) {

	public Webhook {
		events = (events != null) ? events : List.of();
	}

	boolean wants(AlertEvent event) {
		return new AlertFilter(this.committeeId, this.reportId, this.askId, this.events).matches(event)
				&& (this.createdAt == null || event.createdAt() == null || !event.createdAt().isBefore(this.createdAt));
	}

}
