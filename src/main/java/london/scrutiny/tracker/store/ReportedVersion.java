package london.scrutiny.tracker.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoVersion;

/**
 * The MongoDB version the embedded server reports to drivers and shells. The server's own
 * {@code MONGO_5_0} says version 5.0 but wire version 8 (that of MongoDB 4.2), which
 * mongosh 2.x refuses (its driver needs wire version 9 or later); this reports 5.0 with
 * its true wire version, 13. It changes what clients may send, not what the server
 * implements.
 */
record ReportedVersion(List<Integer> versionArray, int wireVersion) implements MongoVersion {

	/** MongoDB 5.0. */
	static final ReportedVersion MONGO_5_0 = new ReportedVersion(List.of(5, 0, 0), 13);

	@Override
	public List<Integer> getVersionArray() {
		return this.versionArray;
	}

	@Override
	public int getWireVersion() {
		return this.wireVersion;
	}

}
