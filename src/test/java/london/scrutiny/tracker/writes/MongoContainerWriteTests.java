package london.scrutiny.tracker.writes;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The write behaviours (replays, conflicts, half-written letters, validation, audit,
 * tokens) against a real MongoDB, whose validators are enforced. Skipped, and reported as
 * skipped, without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerWriteTests extends WriteBehaviourTests {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

}
