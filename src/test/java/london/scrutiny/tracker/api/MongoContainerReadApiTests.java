package london.scrutiny.tracker.api;

import london.scrutiny.tracker.ApiTest;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The same read API contract against a real MongoDB (the image compose.yaml pins).
 * Skipped, and reported as skipped, where no Docker engine is available.
 */
@ApiTest
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerReadApiTests extends ReadApiContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

}
