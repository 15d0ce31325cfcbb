package london.scrutiny.tracker.support;

/**
 * A write that would lose someone else's change, or contradict what is stored under the
 * same natural key; served as CONFLICT with the stored record's current version.
 */
public class ConflictException extends RuntimeException {

	private final String id;

	private final long currentVersion;

	public ConflictException(String id, long currentVersion, String message) {
		super(message);
		this.id = id;
		this.currentVersion = currentVersion;
	}

	public String id() {
		return this.id;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
