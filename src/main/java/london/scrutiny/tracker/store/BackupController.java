package london.scrutiny.tracker.store;

import java.time.Instant;
import java.util.List;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The {@code backup} mutation (ADMIN). */
@Controller
class BackupController {

	private final Backups backups;

	BackupController(Backups backups) {
		this.backups = backups;
	}

	@MutationMapping
	BackupPayload backup() {
		Backups.Taken taken = this.backups.backup();
		return new BackupPayload(taken.file(), taken.takenAt(), taken.records(),
				taken.collections()
					.entrySet()
					.stream()
					.map((c) -> new BackupCollection(c.getKey(), c.getValue()))
					.toList());
	}

	/** What a backup wrote. */
	record BackupPayload(String file, Instant takenAt, long records, List<BackupCollection> collections) {
	}

	/** One collection in a backup. */
	record BackupCollection(String name, long records) {
	}

}
