package london.scrutiny.tracker.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code alerts} query, the {@code askEvents} subscription, and webhook registration
 * and its delivery log.
 */
@Controller
class AlertController {

	private final Alerts alerts;

	private final AlertStream stream;

	private final Webhooks webhooks;

	AlertController(Alerts alerts, AlertStream stream, Webhooks webhooks) {
		this.alerts = alerts;
		this.stream = stream;
		this.webhooks = webhooks;
	}

	@QueryMapping
	List<AlertEvent> alerts(@Argument AlertFilter filter, @Argument Integer first) {
		return this.alerts.newest(filter, (first != null) ? Math.max(1, first) : 20);
	}

	@SubscriptionMapping
	Flux<AlertEvent> askEvents(@Argument AlertFilter filter, @Argument String after) {
		return this.stream.events(filter, after);
	}

	@MutationMapping
	Webhook registerWebhook(@Argument Webhooks.RegisterWebhookInput input) {
		return this.webhooks.register(input);
	}

	@QueryMapping
	List<Webhook> webhooks() {
		return this.webhooks.all();
	}

	@SchemaMapping(typeName = "Webhook")
	List<Delivery> deliveries(Webhook hook) {
		return this.webhooks.deliveries(hook.id());
	}

	@SchemaMapping(typeName = "Alert")
	String recommendationId(AlertEvent alert) {
		return alert.askId();
	}

	@SchemaMapping(typeName = "Webhook")
	String recommendationId(Webhook hook) {
		return hook.askId();
	}

	@SchemaMapping(typeName = "Alert")
	OffsetDateTime createdAt(AlertEvent alert) {
		return utc(alert.createdAt());
	}

	@SchemaMapping(typeName = "Webhook")
	OffsetDateTime createdAt(Webhook hook) {
		return utc(hook.createdAt());
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	OffsetDateTime nextAttemptAt(Delivery delivery) {
		return utc(delivery.nextAttemptAt());
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	OffsetDateTime deliveredAt(Delivery delivery) {
		return utc(delivery.deliveredAt());
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
