package london.scrutiny.tracker.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an in-process MongoDB-wire-protocol server, backed by an H2 MVStore file under
 * {@code tracker.data-dir}, when no MongoDB is configured. It is an auto-configuration
 * ordered before Boot's own so that a configured URI or a Testcontainers service
 * connection always wins.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@Conditional(NoMongoUriConfigured.class)
@ConditionalOnMissingBean(MongoConnectionDetails.class)
public class EmbeddedMongoAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoAutoConfiguration.class);

	@Bean
	H2Backend embeddedMongoBackend(@Value("${tracker.data-dir:./data}") Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), ex);
		}
		H2Backend backend = new H2Backend(dataDir.resolve("tracker.mv").toString());
		// Report MongoDB 5.0 (wire version 13): current shells and drivers refuse the
		// older
		// versions the server reports by default.
		backend.version(ServerVersion.MONGO_5_0);
		return backend;
	}

	@Bean
	EmbeddedStoreCommit embeddedStoreCommit(H2Backend embeddedMongoBackend) {
		return new EmbeddedStoreCommit(embeddedMongoBackend);
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(H2Backend embeddedMongoBackend, @Value("${tracker.embedded.port:0}") int port) {
		MongoServer server = new MongoServer(embeddedMongoBackend);
		// Loopback only: the store is the application's, not a service for the network.
		server.bind("127.0.0.1", port);
		InetSocketAddress address = server.getLocalAddress();
		log.info("Embedded MongoDB-wire-protocol server on {} storing in {}", address, embeddedMongoBackend);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer,
			@Value("${tracker.database:tracker}") String database) {
		InetSocketAddress address = embeddedMongoServer.getLocalAddress();
		ConnectionString connection = new ConnectionString(
				"mongodb://127.0.0.1:" + address.getPort() + "/" + database + "?serverSelectionTimeoutMS=5000");
		return () -> connection;
	}

}
