package london.scrutiny.tracker.operations;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB's health ({@code mongo} under {@code /actuator/health}), by the {@code ping}
 * command that every MongoDB and the embedded server answer. It replaces Boot's own
 * check, which sends {@code hello}: the embedded server does not know that command, so
 * Boot's check would report a healthy store as DOWN.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	MongoPingHealth(MongoTemplate mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
	}

}
