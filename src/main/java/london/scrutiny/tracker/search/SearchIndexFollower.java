package london.scrutiny.tracker.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.store.SeedLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index right. At start-up it resumes the index saved by the last run, applying
 * the audit trail after the last entry it held, or, when there is none to resume, builds
 * it from the store (after the seed is loaded), in the background so that start-up does
 * not grow with the corpus; a search that comes before it is ready waits for it. Then it
 * follows the audit trail, which numbers every write of every instance sharing the store:
 * this instance's writes arrive as events and are indexed before the write is
 * acknowledged; a short schedule reads the trail after the last number seen, so other
 * instances' writes are indexed within about an interval. Each change re-reads the record
 * from the store, so applying one twice, or late, leaves the index as the store is.
 */
@Component
class SearchIndexFollower implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexFollower.class);

	private static final int BATCH = 500;

	private final SearchIndex index;

	private final SearchableRecords records;

	private final ChangeLog changes;

	private final Duration interval;

	/** One change applied at a time, so an older read never overwrites a newer one. */
	private final ReentrantLock applying = new ReentrantLock();

	/** Entries this instance indexed as events, which the trail need not apply again. */
	private final Set<Long> appliedAsEvents = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "search-index-follower");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Whether this instance's writes are applied as they are made (not during a build).
	 */
	private volatile boolean listening;

	/** The last audit entry whose change the index holds. */
	private volatile long seen;

	/** Whether this run resumed a saved index rather than building it. */
	private volatile boolean resumed;

	/** The last audit entry the index on disk holds. */
	private volatile long saved = -1;

	private final SeedLoader seed;

	SearchIndexFollower(SearchIndex index, SearchableRecords records, ChangeLog changes, SeedLoader seed,
			@Value("${tracker.search.follow-interval:2s}") Duration interval) {
		this.seed = seed;
		this.index = index;
		this.records = records;
		this.changes = changes;
		this.interval = interval;
	}

	@Override
	public void afterPropertiesSet() {
		this.schedule.scheduleWithFixedDelay(this::buildOrFollow, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Builds the index from the store and brings it up to date. The trail's last number
	 * is read first: a write stores its record before it takes its number, so every
	 * change up to that number is in what the build reads; the changes after it are
	 * applied from the trail before searches are let in, and from then on each of this
	 * instance's writes is applied as it is made.
	 */
	synchronized void rebuild() {
		long start = System.nanoTime();
		int count;
		long latest;
		this.applying.lock();
		try {
			this.listening = false;
			latest = this.changes.latest();
			count = this.index.rebuild(this.records::all);
			this.seen = latest;
			this.listening = true;
		}
		finally {
			this.applying.unlock();
		}
		follow();
		this.index.ready();
		log.info("Search index built: {} records in {} ms, following the audit trail from {}", count,
				(System.nanoTime() - start) / 1_000_000, latest);
	}

	/** This instance's writes, indexed before they are acknowledged. */
	@EventListener
	void on(AuditEntry entry) {
		if (!this.listening) {
			return;
		}
		try {
			apply(List.of(entry));
			this.appliedAsEvents.add(entry.seq());
		}
		catch (RuntimeException ex) {
			// The write stands; the trail brings its change again on the next round.
			log.warn("Could not index audit entry {} now; the trail will bring it again", entry.seq(), ex);
		}
	}

	/**
	 * Applies every settled entry after the last one seen: other instances' writes, and
	 * any of ours an event did not index.
	 */
	synchronized void follow() {
		List<AuditEntry> batch;
		do {
			batch = this.changes.after(this.seen, BATCH);
			List<AuditEntry> missing = new ArrayList<>();
			for (AuditEntry entry : batch) {
				if (!this.appliedAsEvents.remove(entry.seq())) {
					missing.add(entry);
				}
			}
			apply(missing);
			if (!batch.isEmpty()) {
				this.seen = batch.get(batch.size() - 1).seq();
			}
		}
		while (batch.size() == BATCH);
	}

	/**
	 * Resumes the index saved by this instance's last run, when it can: saved in this
	 * version, from this store's trail (the entry it last held is still there, the same),
	 * and no record has been stored since without an entry in the trail (no restored
	 * backup, no new seed records). Then only the trail after it is applied, instead of
	 * reading the whole store.
	 */
	synchronized boolean resume() {
		SearchIndex.Committed saved = this.index.committed();
		if (saved == null || this.seed.storedAtStart() || !mark(saved.seq()).equals(saved.mark())) {
			return false;
		}
		long start = System.nanoTime();
		this.seen = saved.seq();
		this.listening = true;
		follow();
		this.resumed = true;
		this.index.ready();
		log.info("Search index resumed from audit entry {}: followed the trail to {} in {} ms", saved.seq(), this.seen,
				(System.nanoTime() - start) / 1_000_000);
		return true;
	}

	/**
	 * What tells an audit entry from another store's entry of the same number: its id and
	 * instant ("" for none: an empty trail, or an entry no longer there).
	 */
	private String mark(long seq) {
		if (seq <= 0) {
			return "";
		}
		List<AuditEntry> found = this.changes.after(seq - 1, 1);
		return (found.isEmpty() || found.get(0).seq() != seq) ? "missing" : found.get(0).id() + "@" + found.get(0).at();
	}

	/** Saves the index when it holds changes it has not saved. */
	private void save() {
		long seen = this.seen;
		if (seen != this.saved || !this.appliedAsEvents.isEmpty()) {
			this.index.commit(seen, mark(seen));
			this.saved = seen;
		}
	}

	boolean resumed() {
		return this.resumed;
	}

	/** The last audit entry whose change the index holds. */
	long seen() {
		return this.seen;
	}

	private void buildOrFollow() {
		try {
			if (this.index.isReady()) {
				follow();
				save();
			}
			else if (!resume()) {
				rebuild();
				save();
			}
		}
		catch (RuntimeException ex) {
			log.warn("{} the search index failed; trying again in {}",
					this.index.isReady() ? "Following the audit trail for" : "Building", this.interval, ex);
		}
	}

	private void apply(List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		this.applying.lock();
		try {
			for (AuditEntry entry : entries) {
				if (!SearchableRecords.COLLECTIONS.contains(entry.collection())) {
					continue;
				}
				reindex(entry.collection(), entry.targetId());
				if ("documents".equals(entry.collection())) {
					for (String key : this.records.dependentsOfDocument(entry.targetId(), entry.before() != null)) {
						int colon = key.indexOf(':');
						reindex(key.substring(0, colon), key.substring(colon + 1));
					}
				}
			}
			this.index.refresh();
		}
		finally {
			this.applying.unlock();
		}
	}

	private void reindex(String collection, String id) {
		Searchable now = this.records.one(collection, id);
		if (now != null) {
			this.index.put(now);
		}
		else {
			this.index.remove(Searchable.key(collection, id));
		}
	}

	@Override
	public void destroy() {
		// Let a save (or build) under way finish: interrupted, the index's files are
		// closed mid-write and the next start must build it all again.
		this.schedule.shutdown();
		try {
			if (!this.schedule.awaitTermination(30, TimeUnit.SECONDS)) {
				this.schedule.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.index.isReady()) {
			try {
				save();
			}
			catch (RuntimeException ex) {
				// Derived data: the next start builds it again.
				log.warn("Could not save the search index on shutdown", ex);
			}
		}
	}

}
