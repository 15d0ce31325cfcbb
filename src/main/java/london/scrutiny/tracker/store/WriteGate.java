package london.scrutiny.tracker.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Brackets writes. Writes run side by side; a commit of the embedded store, and a backup,
 * wait until none is in progress and hold new ones back. So the store's file never takes
 * part of a write made of several records (a report and its asks, a letter and its
 * responses): after a crash such a write is there whole or not at all. The write is
 * committed when its outermost bracket closes, before it is acknowledged.
 */
@Component
public class WriteGate implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WriteGate.class);

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final EmbeddedStore store;

	private final ScheduledExecutorService background;

	public WriteGate(ObjectProvider<EmbeddedStore> store) {
		this.store = store.getIfAvailable();
		if (this.store != null) {
			// What is written outside the write path (the seed, token bookkeeping) is
			// committed within a second, as the store's own background commit would.
			this.background = Executors.newSingleThreadScheduledExecutor((r) -> {
				Thread thread = new Thread(r, "embedded-store-commit");
				thread.setDaemon(true);
				return thread;
			});
			this.background.scheduleWithFixedDelay(this::backgroundCommit, 1, 1, TimeUnit.SECONDS);
		}
		else {
			this.background = null;
		}
	}

	/**
	 * Runs a write (of one record or several) and, when it is the outermost, makes it
	 * durable before returning. Refused with {@link StoreUnavailableException} while the
	 * store is faulted and cannot be reopened.
	 */
	public <T> T write(Supplier<T> work) {
		if (this.store != null && this.lock.getReadHoldCount() == 0) {
			this.store.recoverIfFaulted();
		}
		long reopenings = (this.store != null) ? this.store.reopenings() : 0;
		T result;
		this.lock.readLock().lock();
		try {
			result = work.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
		if (this.lock.getReadHoldCount() == 0 && this.store != null) {
			// Committed, then counted while no other commit can run: if another commit
			// (the background one) failed after this write and reopened the store
			// without it, this write is refused, not acknowledged.
			long afterCommit = exclusive(this.store::reopenings);
			this.store.checkNotReopenedSince(reopenings, afterCommit);
		}
		return result;
	}

	/** Runs work while no write is in progress, after committing what is written. */
	public <T> T exclusive(Supplier<T> work) {
		if (this.lock.getReadHoldCount() > 0) {
			throw new IllegalStateException("A write cannot wait for writes to finish");
		}
		this.lock.writeLock().lock();
		try {
			if (this.store != null) {
				this.store.commit();
			}
			return work.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void commit() {
		if (this.store != null) {
			exclusive(() -> null);
		}
	}

	private void backgroundCommit() {
		try {
			if (!this.store.faulted()) {
				commit();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Background commit failed; the next request reopens the store", ex);
		}
	}

	@Override
	public void destroy() {
		if (this.background != null) {
			this.background.shutdownNow();
		}
	}

}
