package london.scrutiny.tracker.store;

import java.nio.file.Path;

import com.mongodb.ConnectionString;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the {@link EmbeddedStore} under {@code tracker.data-dir} when no MongoDB is
 * configured. It is an auto-configuration ordered before Boot's own so that a configured
 * URI or a Testcontainers service connection always wins.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@Conditional(NoMongoUriConfigured.class)
@ConditionalOnMissingBean(MongoConnectionDetails.class)
public class EmbeddedMongoAutoConfiguration {

	/**
	 * {@code tracker.embedded.file-system} is an H2 file-system prefix for the store
	 * file, empty (the disk) but in tests that inject disk faults beneath the store.
	 */
	// Not named "embeddedStore": that is the store's health indicator, whose name
	// is its key under /actuator/health.
	@Bean
	EmbeddedStore embeddedMongoStore(@Value("${tracker.data-dir:./data}") Path dataDir,
			@Value("${tracker.embedded.file-system:}") String fileSystem, @Value("${tracker.embedded.port:0}") int port,
			@Value("${tracker.embedded.cache-size:0MB}") DataSize cache) {
		return new EmbeddedStore(dataDir, fileSystem, port, (int) cache.toMegabytes());
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedStore embeddedStore,
			@Value("${tracker.database:tracker}") String database) {
		// The port stays the same when the store is reopened after a fault, so the
		// client's connections simply reconnect; a store that cannot be reached is
		// reported in seconds, not the driver's default thirty.
		ConnectionString connection = new ConnectionString(
				"mongodb://127.0.0.1:" + embeddedStore.port() + "/" + database + "?serverSelectionTimeoutMS=5000");
		return () -> connection;
	}

}
