package london.scrutiny.tracker.api;

import london.scrutiny.tracker.ApiTest;

/**
 * The read API contract on the embedded MongoDB-wire-protocol server, as `./mvnw
 * spring-boot:run` serves it.
 */
@ApiTest
class EmbeddedReadApiTests extends ReadApiContract {

}
