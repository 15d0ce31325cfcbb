package london.scrutiny.tracker.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.InvalidInputException;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sends alerts to webhooks. A delivery is stored once per alert and hook (its id joins
 * them); an instance claims it with a version-checked update before sending, so two
 * instances never send the same delivery at once. Each POST carries the alert as JSON,
 * signed: {@code X-Tracker-Signature: sha256=HEX}, the HMAC-SHA256 of the body under the
 * hook's secret. A failure (no answer, or a status other than 2xx) is retried after
 * {@code tracker.webhooks.backoff}, doubling each time, up to
 * {@code tracker.webhooks.max-attempts}. Redirects are not followed.
 */
@Component
class Deliveries {

	static final String COLLECTION = "webhookDeliveries";

	/** How long a claimed delivery is held before another instance may take it over. */
	static final Duration LEASE = Duration.ofSeconds(60);

	private final Writes writes;

	private final MongoTemplate mongo;

	private final UrlGuard guard;

	private final Clock clock;

	private final Duration backoff;

	private final int maxAttempts;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	Deliveries(Writes writes, MongoTemplate mongo, UrlGuard guard, Clock clock,
			@Value("${tracker.webhooks.backoff:10s}") Duration backoff,
			@Value("${tracker.webhooks.max-attempts:6}") int maxAttempts) {
		this.writes = writes;
		this.mongo = mongo;
		this.guard = guard;
		this.clock = clock;
		this.backoff = backoff;
		this.maxAttempts = maxAttempts;
	}

	/** Queues the alert for every hook that wants it (once each, whoever asks). */
	void queue(AlertEvent alert) {
		for (Webhook hook : this.mongo.findAll(Webhook.class)) {
			if (hook.wants(alert)) {
				this.writes.insertOnce("queueDelivery", COLLECTION,
						new Document("_id", Delivery.idOf(hook.id(), alert.id())).append("webhookId", hook.id())
							.append("alertId", alert.id())
							.append("status", "PENDING")
							.append("attempts", 0)
							.append("nextAttemptAt", Date.from(this.clock.instant())));
			}
		}
	}

	/** Attempts every delivery that is due (or whose claim has lapsed). */
	void attemptDue() {
		Date now = Writes.now(this.clock);
		Query due = new Query(new Criteria().orOperator(
				new Criteria().andOperator(Criteria.where("status").is("PENDING"),
						Criteria.where("nextAttemptAt").lte(now)),
				new Criteria().andOperator(Criteria.where("status").is("SENDING"),
						Criteria.where("leaseUntil").lt(now))))
			.limit(50);
		for (Delivery delivery : this.mongo.find(due, Delivery.class)) {
			attempt(delivery);
		}
	}

	private void attempt(Delivery delivery) {
		Document claimed;
		try {
			claimed = this.writes.update("claimDelivery", COLLECTION, delivery.id(), delivery.version(),
					new Update().set("status", "SENDING")
						.set("leaseUntil", Date.from(this.clock.instant().plus(LEASE)))
						.inc("attempts", 1));
		}
		catch (ConflictException taken) {
			return;
		}
		Webhook hook = this.mongo.findById(delivery.webhookId(), Webhook.class);
		AlertEvent alert = this.mongo.findById(delivery.alertId(), AlertEvent.class);
		int attempts = claimed.getInteger("attempts");
		Integer code = null;
		String error = null;
		try {
			URI target = this.guard.check(hook.url(), "url");
			String body = JsonMapper.shared().writeValueAsString(payload(alert));
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(target)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header("User-Agent", "accountability-tracker-webhooks")
				.header("X-Tracker-Event", alert.kind().name())
				.header("X-Tracker-Alert-Id", alert.id())
				.header("X-Tracker-Delivery", delivery.id())
				.header("X-Tracker-Signature", "sha256=" + sign(hook.secret(), body))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.discarding());
			code = response.statusCode();
			error = (code / 100 == 2) ? null : "HTTP " + code;
		}
		catch (InvalidInputException ex) {
			error = ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		Update outcome = new Update().set("lastStatusCode", code).set("lastError", error).unset("leaseUntil");
		if (error == null) {
			outcome.set("status", "DELIVERED").set("deliveredAt", Writes.now(this.clock));
		}
		else if (attempts >= this.maxAttempts) {
			outcome.set("status", "FAILED");
		}
		else {
			Duration wait = this.backoff.multipliedBy(1L << Math.min(attempts - 1, 16));
			outcome.set("status", "PENDING").set("nextAttemptAt", Date.from(this.clock.instant().plus(wait)));
		}
		this.writes.update("recordDelivery", COLLECTION, delivery.id(), Writes.versionOf(claimed), outcome);
	}

	static Map<String, Object> payload(AlertEvent alert) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", alert.id());
		body.put("kind", alert.kind().name());
		body.put("recommendationId", alert.askId());
		body.put("reportId", alert.reportId());
		body.put("committeeId", alert.committeeId());
		body.put("letterId", alert.letterId());
		body.put("occurredOn", alert.occurredOn().toString());
		body.put("title", alert.title());
		body.put("summary", alert.summary());
		return body;
	}

	static String sign(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	List<Delivery> all() {
		return this.mongo.findAll(Delivery.class);
	}

}
