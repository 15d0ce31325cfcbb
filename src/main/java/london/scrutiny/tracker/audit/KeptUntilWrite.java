package london.scrutiny.tracker.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results derived from the store (counts, lists), each given again while no write has
 * been made since it was derived, on this instance or any other sharing the store. Each
 * is filed under the audit trail's count of writes read before it was derived
 * ({@link ChangeLog#position}) and given only while that count stands: a write moves the
 * count once its records are stored, so no acknowledged write is ever missing from what
 * is given; so do loads that bypass the trail (the seed, a restore). A change made in the
 * database by hand moves no count; it is seen once a result is older than its maximum
 * age. Holds the most recently used results only.
 *
 * @param <K> what a result is derived from (its arguments)
 * @param <V> the result
 */
public final class KeptUntilWrite<K, V> {

	private final ChangeLog changes;

	private final Clock clock;

	private final Duration maxAge;

	private final Map<K, Kept<V>> kept;

	public KeptUntilWrite(ChangeLog changes, Clock clock, Duration maxAge, int size) {
		this.changes = changes;
		this.clock = clock;
		this.maxAge = maxAge;
		this.kept = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
				return size() > size;
			}
		};
	}

	/** The result for the key: kept, or derived now (outside any lock) and kept. */
	public V get(K key, Supplier<V> derive) {
		ChangeLog.WritePosition writes = this.changes.position();
		Instant now = this.clock.instant();
		synchronized (this.kept) {
			Kept<V> found = this.kept.get(key);
			if (found != null && found.writes().equals(writes) && now.isBefore(found.madeAt().plus(this.maxAge))) {
				return found.value();
			}
		}
		V derived = derive.get();
		synchronized (this.kept) {
			this.kept.put(key, new Kept<>(writes, now, derived));
		}
		return derived;
	}

	private record Kept<V>(ChangeLog.WritePosition writes, Instant madeAt, V value) {
	}

}
