package london.scrutiny.tracker;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a test of the running application over HTTP starts from: the application's port
 * and a GraphQL client on it, made before each test.
 */
public abstract class OverHttp {

	@LocalServerPort
	protected int port;

	protected GraphQlCalls http;

	@BeforeEach
	protected void connectOverHttp() {
		this.http = new GraphQlCalls(this.port);
	}

}
