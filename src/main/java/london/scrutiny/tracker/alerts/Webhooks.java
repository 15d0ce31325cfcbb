package london.scrutiny.tracker.alerts;

import java.util.List;
import java.util.UUID;

import london.scrutiny.tracker.security.Actor;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.Inputs;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Registers webhooks and reads them and their delivery log (EDITOR). */
@Service
public class Webhooks {

	static final String COLLECTION = "webhooks";

	private final Writes writes;

	private final MongoTemplate mongo;

	private final UrlGuard guard;

	public Webhooks(Writes writes, MongoTemplate mongo, UrlGuard guard) {
		this.writes = writes;
		this.mongo = mongo;
		this.guard = guard;
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Webhook register(RegisterWebhookInput input) {
		Checks checks = new Checks();
		checks.require(input.secret() != null && input.secret().length() >= 16 && input.secret().length() <= 200,
				"input.secret", "must be 16 to 200 characters: the receiver checks each delivery's signature with it.");
		checks.throwIfAny();
		this.guard.check(input.url(), "input.url");
		String id = "webhook/" + UUID.randomUUID();
		Document hook = new Document("_id", id).append("url", input.url())
			.append("events", Inputs.list(input.events()).stream().map(Enum::name).toList())
			.append("committeeId", input.committeeId())
			.append("reportId", input.reportId())
			.append("askId", input.recommendationId())
			.append("secret", input.secret())
			.append("createdBy", Actor.current().name());
		this.writes.insertOnce("registerWebhook", COLLECTION, hook);
		return this.mongo.findById(id, Webhook.class);
	}

	@PreAuthorize("hasRole('EDITOR')")
	public List<Webhook> all() {
		return this.mongo.find(new Query().with(Sort.by("createdAt", "_id")), Webhook.class);
	}

	@PreAuthorize("hasRole('EDITOR')")
	public List<Delivery> deliveries(String webhookId) {
		return this.mongo.find(new Query(Criteria.where("webhookId").is(webhookId)).with(Sort.by("createdAt", "_id"))
			.limit(Alerts.MAX_LISTED), Delivery.class);
	}

	/** The registration input: where, which alerts, and the signing secret. */
	public record RegisterWebhookInput(String url, List<AlertKind> events, String committeeId, String reportId,
			String recommendationId, String secret) {
	}

}
