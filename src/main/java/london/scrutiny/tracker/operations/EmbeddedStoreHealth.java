package london.scrutiny.tracker.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The embedded store's own health ({@code embeddedStore} under {@code /actuator/health}):
 * DOWN when its file is closed or its directory is not writable, or when the disk holding
 * it has less free space than {@code tracker.embedded.min-free-space}, so an operator (or
 * an orchestrator's readiness check) hears of a filling disk before writes fail. With an
 * external MongoDB it reports UNKNOWN, which leaves the overall status to the MongoDB
 * check.
 */
@Component("embeddedStore")
class EmbeddedStoreHealth implements HealthIndicator {

	private final ObjectProvider<H2Backend> backend;

	private final DataSize minFree;

	private final FreeSpace freeSpace;

	EmbeddedStoreHealth(ObjectProvider<H2Backend> backend,
			@Value("${tracker.embedded.min-free-space:64MB}") DataSize minFree, ObjectProvider<FreeSpace> freeSpace) {
		this.backend = backend;
		this.minFree = minFree;
		this.freeSpace = freeSpace.getIfAvailable(() -> FreeSpace.ON_DISK);
	}

	/** The usable bytes on the disk holding a directory. */
	@FunctionalInterface
	interface FreeSpace {

		FreeSpace ON_DISK = (dir) -> Files.getFileStore(dir).getUsableSpace();

		long of(Path dir) throws IOException;

	}

	@Override
	public Health health() {
		H2Backend store = this.backend.getIfAvailable();
		if (store == null) {
			return Health.unknown().withDetail("store", "external MongoDB (spring.mongodb.uri)").build();
		}
		MVStore file = store.getMvStore();
		if (file == null || file.isClosed()) {
			return Health.down().withDetail("reason", "the store file is closed").build();
		}
		// The directory of the file the store has open, whatever the configuration now
		// says.
		Path dataDir = Path.of(file.getFileStore().getFileName()).toAbsolutePath().getParent();
		try {
			long free = this.freeSpace.of(dataDir);
			Health.Builder health = (free < this.minFree.toBytes())
					? Health.down().withDetail("reason", "less free disk space than tracker.embedded.min-free-space")
					: Health.up();
			if (!Files.isWritable(dataDir)) {
				health = Health.down().withDetail("reason", "the data directory is not writable");
			}
			return health.withDetail("free", DataSize.ofBytes(free).toMegabytes() + "MB")
				.withDetail("threshold", this.minFree.toMegabytes() + "MB")
				.build();
		}
		catch (IOException ex) {
			return Health.down().withDetail("reason", "the data directory cannot be read").build();
		}
	}

}
