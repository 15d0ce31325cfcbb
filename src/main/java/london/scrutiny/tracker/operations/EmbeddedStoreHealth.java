package london.scrutiny.tracker.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import london.scrutiny.tracker.store.EmbeddedStore;

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
@Component("embeddedStoreHealthIndicator")
class EmbeddedStoreHealth implements HealthIndicator {

	private final ObjectProvider<EmbeddedStore> backend;

	private final DataSize minFree;

	private final FreeSpace freeSpace;

	EmbeddedStoreHealth(ObjectProvider<EmbeddedStore> backend,
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
		EmbeddedStore store = this.backend.getIfAvailable();
		if (store == null) {
			return Health.unknown().withDetail("store", "external MongoDB (spring.mongodb.uri)").build();
		}
		if (store.faulted()) {
			return Health.down()
				.withDetail("reason",
						"a write failed (disk full or read-only?) and the store is closed; it reopens "
								+ "by itself, as last committed, once it can")
				.build();
		}
		Path dataDir = store.dataDir();
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
