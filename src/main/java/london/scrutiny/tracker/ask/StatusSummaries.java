package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import london.scrutiny.tracker.audit.ChangeLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts of asks by status, for {@code statusSummary}. Counting reads every ask's stored
 * facts, so a count is kept and given again while no write has been made since, on any
 * instance: each one is filed under the audit trail's count of writes read before it was
 * made ({@link ChangeLog#numbered}), and is given only while that count stands. A write
 * moves the count once its records are stored, so no acknowledged write is ever missing
 * from what is given; a write made outside the tracker (by hand, in the database) is
 * counted within {@code tracker.status-summary.max-age} at the latest.
 */
@Component
class StatusSummaries {

	/** The summaries kept: for a few filters and dates each (dashboards ask the same). */
	private static final int KEPT = 64;

	private final RecommendationService recommendations;

	private final ChangeLog changes;

	private final Clock clock;

	private final Duration maxAge;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > KEPT;
		}
	};

	StatusSummaries(RecommendationService recommendations, ChangeLog changes, Clock clock,
			@Value("${tracker.status-summary.max-age:60s}") Duration maxAge) {
		this.recommendations = recommendations;
		this.changes = changes;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	/** The counts on the date of the asks matching the filter (all asks when null). */
	StatusSummary summary(RecommendationFilter filter, LocalDate asOf) {
		Key key = new Key(filter, asOf);
		long writes = this.changes.numbered();
		Instant now = this.clock.instant();
		synchronized (this.kept) {
			Kept found = this.kept.get(key);
			if (found != null && found.writes() == writes && now.isBefore(found.madeAt().plus(this.maxAge))) {
				return found.summary();
			}
		}
		StatusSummary counted = count(this.recommendations.statuses(filter, asOf), asOf);
		synchronized (this.kept) {
			this.kept.put(key, new Kept(writes, now, counted));
		}
		return counted;
	}

	private record Key(RecommendationFilter filter, LocalDate asOf) {
	}

	private record Kept(long writes, Instant madeAt, StatusSummary summary) {
	}

	/** Every status value is listed, zero counts included, so charts stay stable. */
	static StatusSummary count(Collection<StatusAt> all, LocalDate asOf) {
		return new StatusSummary(asOf, all.size(),
				Arrays.stream(ResponseStatus.values())
					.map((s) -> new StatusSummary.ResponseStatusCount(s, count(all, StatusAt::responseStatus, s)))
					.toList(),
				withUnassessed(Position.values(), all, StatusAt::position, StatusSummary.PositionCount::new),
				withUnassessed(Implementation.values(), all, StatusAt::implementation,
						StatusSummary.ImplementationCount::new),
				Arrays.stream(DeadlineStatus.values())
					.map((s) -> new StatusSummary.DeadlineStatusCount(s, count(all, StatusAt::deadlineStatus, s)))
					.toList(),
				withUnassessed(new Verification[] { Verification.VERIFIED, Verification.REFUTED }, all,
						StatusAt::verification, StatusSummary.VerificationCount::new));
	}

	private static <V, C> List<C> withUnassessed(V[] values, Collection<StatusAt> all, Function<StatusAt, V> field,
			BiFunction<V, Integer, C> count) {
		List<C> counts = new ArrayList<>(
				Arrays.stream(values).map((v) -> count.apply(v, count(all, field, v))).toList());
		counts.add(count.apply(null, count(all, field, null)));
		return counts;
	}

	private static <V> int count(Collection<StatusAt> all, Function<StatusAt, V> field, V value) {
		return (int) all.stream().filter((s) -> Objects.equals(field.apply(s), value)).count();
	}

}
