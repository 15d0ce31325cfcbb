package london.scrutiny.tracker.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.FilePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded store: an H2 MVStore file served over the MongoDB wire protocol on
 * loopback. It commits only when told (after each acknowledged write, and once a second
 * for the rest), so a write made of several records reaches the file whole or not at all.
 * <p>
 * Faults are contained rather than fatal. A commit that fails (a full or read-only disk)
 * closes the store, dropping what it had not committed, and the request is answered
 * SERVICE_UNAVAILABLE; the next request reopens the file as last committed, so the
 * service recovers by itself once the disk takes writes again. A file that is not the one
 * last committed (cut short, overwritten, replaced by an older copy, removed) is refused
 * at start-up: a small state file beside it records the last committed version.
 */
public class EmbeddedStore implements DisposableBean {

	static final String FILE = "tracker.mv";

	static final String STATE = "tracker.mv.state";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	private final Path dataDir;

	private final String fileName;

	private final Path stateFile;

	private volatile Opened opened;

	private final int port;

	private long recordedVersion = -1;

	private long nextReopen;

	/** One open generation of the store. */
	private final int cacheMegabytes;

	private final java.util.concurrent.atomic.AtomicLong reopenings = new java.util.concurrent.atomic.AtomicLong();

	private record Opened(MVStore mv, H2Backend backend, MongoServer server) {
	}

	/**
	 * @param fileSystem an H2 file-system prefix for the store file ("" for the disk);
	 * tests use it to inject faults below the store
	 */
	public EmbeddedStore(Path dataDir, String fileSystem, int requestedPort) {
		this(dataDir, fileSystem, requestedPort, 0);
	}

	/**
	 * @param cacheMegabytes how much of the store to keep read in memory; 0 for a quarter
	 * of the heap
	 */
	public EmbeddedStore(Path dataDir, String fileSystem, int requestedPort, int cacheMegabytes) {
		this.cacheMegabytes = cacheMegabytes(cacheMegabytes);
		this.dataDir = dataDir.toAbsolutePath();
		try {
			Files.createDirectories(this.dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + this.dataDir, ex);
		}
		this.fileName = fileSystem + this.dataDir.resolve(FILE);
		this.stateFile = this.dataDir.resolve(STATE);
		MVStore mv = openChecked(true);
		this.opened = serve(mv, requestedPort);
		this.port = this.opened.server().getLocalAddress().getPort();
		log.info("Embedded MongoDB-wire-protocol server on 127.0.0.1:{} storing in {}", this.port, this.fileName);
	}

	public int port() {
		return this.port;
	}

	/**
	 * The store's page cache in megabytes. Filtered reads, and sorted ones no ordered
	 * index serves, scan their collection, so a cache smaller than the collections read
	 * turns each scan into reads of the file and rebuilding its records: the store's
	 * default of 16 MB held a tenth of 100 times the seed.
	 */
	static int cacheMegabytes(int configured) {
		if (configured > 0) {
			return configured;
		}
		return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * How many times the store has been reopened as last committed: a write begun before
	 * a reopening lost what it had written but not committed.
	 */
	public long reopenings() {
		return this.reopenings.get();
	}

	/**
	 * Refuses a write begun when the store had been reopened {@code before} times, if it
	 * had been reopened {@code after} times once committed: what it wrote was dropped,
	 * even if its own commit found nothing left to write.
	 */
	public void checkNotReopenedSince(long before, long after) {
		if (after != before) {
			throw unavailable(null);
		}
	}

	/** The store file as open now (a fault replaces it). */
	public MVStore mvStore() {
		return this.opened.mv();
	}

	/**
	 * The wire-protocol server as serving now (a fault replaces it, on the same port).
	 */
	public MongoServer server() {
		return this.opened.server();
	}

	/** The server's storage as serving now: tests read its indexes' counters. */
	H2Backend backend() {
		return this.opened.backend();
	}

	/**
	 * Hands everything written so far to the file. A failure closes the store (what it
	 * had not committed is dropped, so no write that was refused is stored later) and is
	 * thrown as {@link StoreUnavailableException}.
	 */
	public synchronized void commit() {
		Opened current = this.opened;
		if (faulted()) {
			throw unavailable(current.mv().getPanicException());
		}
		try {
			if (current.mv().hasUnsavedChanges()) {
				current.mv().commit();
			}
		}
		catch (RuntimeException ex) {
			log.warn("The embedded store could not commit ({}); reopening it as last committed", rootMessage(ex));
			// Dropping what was not committed means no refused write is stored later;
			// reopening at once keeps reads served.
			closeQuietly(current);
			reopen();
			throw unavailable(ex);
		}
		recordVersion(current.mv().getCurrentVersion());
	}

	/**
	 * Whether a fault has closed the store, or left it open for reads only, and it awaits
	 * reopening for writes.
	 */
	public boolean faulted() {
		MVStore mv = this.opened.mv();
		return mv.isClosed() || mv.isReadOnly();
	}

	/**
	 * Reopens the store if a fault closed it or left it read-only; at most one attempt a
	 * second. Throws {@link StoreUnavailableException} while it cannot take writes.
	 */
	public void recoverIfFaulted() {
		if (!faulted()) {
			return;
		}
		synchronized (this) {
			if (!faulted()) {
				return;
			}
			long now = System.nanoTime();
			if (now - this.nextReopen >= 0) {
				closeQuietly(this.opened);
				reopen();
			}
			if (faulted()) {
				throw unavailable(this.opened.mv().getPanicException());
			}
		}
	}

	/**
	 * Opens the file again as last committed. A disk that cannot take writes yet leaves
	 * it open for reads only, or closed if it cannot be read either.
	 */
	private void reopen() {
		this.reopenings.incrementAndGet();
		this.nextReopen = System.nanoTime() + 1_000_000_000L;
		try {
			this.opened = serve(openChecked(false), this.port);
			if (this.opened.mv().isReadOnly()) {
				log.warn("The embedded store is open again for reads only: its file cannot be written yet");
			}
			else {
				log.info("The embedded store is open again, as last committed");
			}
		}
		catch (RuntimeException ex) {
			log.warn("The embedded store cannot be reopened yet: {}", rootMessage(ex));
		}
	}

	@Override
	public synchronized void destroy() {
		Opened current = this.opened;
		current.server().shutdownNow();
		if (!current.mv().isClosed()) {
			current.backend().close();
			recordVersion(current.mv().getCurrentVersion());
		}
	}

	/**
	 * Opens the store file, refusing one that is damaged; at start-up (not on reopening
	 * after a fault) also one that cannot be written.
	 */
	private MVStore openChecked(boolean startUp) {
		long recorded = readState();
		FilePath file = FilePath.get(this.fileName);
		boolean held = file.exists() && file.size() > 0;
		if (recorded > 0 && !held) {
			throw new DamagedStoreException("The data directory " + this.dataDir + " has held data (committed version "
					+ recorded + ") but its store file " + FILE + " is missing or empty. Refusing to start on an empty "
					+ "store, which would be re-seeded and lose every write. Restore the file, or restore a backup into "
					+ "an empty data directory (see the README, 'Backup and restore').");
		}
		if (startUp && ((held && !file.canWrite()) || !Files.isWritable(this.dataDir))) {
			throw new DamagedStoreException("The store file " + this.dataDir.resolve(FILE) + " or its directory is "
					+ "read-only: the tracker could serve reads but would refuse every write. Make both writable by "
					+ "the user running the tracker, or set TRACKER_DATA_DIR to a writable directory.");
		}
		MVStore mv;
		try {
			mv = new MVStore.Builder().fileName(this.fileName)
				.cacheSize(this.cacheMegabytes)
				.autoCommitDisabled()
				.autoCommitBufferSize(0)
				.backgroundExceptionHandler((thread, ex) -> log.warn("Embedded store: {}", rootMessage(ex)))
				.open();
		}
		catch (RuntimeException ex) {
			throw new DamagedStoreException(
					"The store file " + this.dataDir.resolve(FILE) + " cannot be opened: " + rootMessage(ex)
							+ ". It is damaged or was written by another program. Move it aside and restore "
							+ "the latest backup into an empty data directory (see the README, 'Backup and restore').",
					ex);
		}
		if (startUp && mv.isReadOnly()) {
			mv.closeImmediately();
			throw new DamagedStoreException("The store file " + this.dataDir.resolve(FILE) + " opened read-only: the "
					+ "tracker would refuse every write. Make it writable, or set TRACKER_DATA_DIR elsewhere.");
		}
		long version = mv.getCurrentVersion();
		if (recorded > version) {
			mv.closeImmediately();
			throw new DamagedStoreException("The store file " + this.dataDir.resolve(FILE) + " holds version " + version
					+ " but version " + recorded + " was committed: it has been cut short or replaced by an "
					+ "older copy, and acknowledged writes are missing from it. Refusing to start rather than serve "
					+ "(and re-seed) an older state. Restore the latest backup into an empty data directory (see the "
					+ "README, 'Backup and restore'); to accept the loss knowingly instead, remove the state file "
					+ STATE + ".");
		}
		this.recordedVersion = recorded;
		recordVersion(version);
		return mv;
	}

	private static Opened serve(MVStore mv, int port) {
		H2Backend backend = new EmbeddedBackend(mv);
		// Report MongoDB 5.0 (wire version 13): current shells and drivers refuse the
		// older versions the server reports by default.
		backend.version(ReportedVersion.MONGO_5_0);
		MongoServer server = new MongoServer(backend);
		// Loopback only: the store is the application's, not a service for the network.
		server.bind("127.0.0.1", port);
		InetSocketAddress address = server.getLocalAddress();
		log.debug("Serving the embedded store on {}", address);
		return new Opened(mv, backend, server);
	}

	private static void closeQuietly(Opened current) {
		try {
			current.server().shutdownNow();
		}
		catch (RuntimeException ex) {
			log.debug("Closing the embedded server", ex);
		}
		if (!current.mv().isClosed()) {
			current.mv().closeImmediately();
		}
	}

	private long readState() {
		try {
			if (!Files.exists(this.stateFile)) {
				return -1;
			}
			return Long.parseLong(Files.readString(this.stateFile, StandardCharsets.UTF_8).strip());
		}
		catch (IOException | NumberFormatException ex) {
			throw new DamagedStoreException("The state file " + this.stateFile + " cannot be read (" + ex.getMessage()
					+ "). It records the store's last committed version; remove it only if you know the store file is "
					+ "the latest.", ex);
		}
	}

	/**
	 * Records the committed version beside the store. A failure here only weakens the
	 * damage check (the recorded version stays lower), so it is logged, not thrown: the
	 * write itself is committed.
	 */
	private void recordVersion(long version) {
		if (version <= this.recordedVersion) {
			return;
		}
		try {
			Path written = Files.writeString(this.stateFile.resolveSibling(STATE + ".new"), Long.toString(version),
					StandardCharsets.UTF_8);
			Files.move(written, this.stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			this.recordedVersion = version;
		}
		catch (IOException ex) {
			log.warn("Could not record the store's committed version in {}: {}", this.stateFile, ex.getMessage());
		}
	}

	private static StoreUnavailableException unavailable(Throwable cause) {
		// The cause (with the file's path) is logged, not shown: clients learn what to
		// do.
		return new StoreUnavailableException("The store cannot take writes just now (its disk is full or "
				+ "read-only); nothing from this request was stored. Send it again shortly: the service recovers by "
				+ "itself once the disk takes writes again.", cause);
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root != null && root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root != null) ? String.valueOf(root.getMessage()) : "unknown fault";
	}

	@Override
	public String toString() {
		return this.fileName;
	}

}
