package london.scrutiny.tracker.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Forces the embedded store's file to take every acknowledged write. The H2 MVStore
 * otherwise commits in the background about once a second, so a hard kill loses the last
 * writes: a write is acknowledged only after this commit has handed it to the operating
 * system.
 */
public class EmbeddedStoreCommit {

	private final H2Backend backend;

	EmbeddedStoreCommit(H2Backend backend) {
		this.backend = backend;
	}

	public void commit() {
		this.backend.commit();
	}

}
