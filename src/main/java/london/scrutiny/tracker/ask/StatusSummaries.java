package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.audit.KeptUntilWrite;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts of asks by status, for {@code statusSummary}. Counting reads every matching
 * ask's stored facts, so a count is kept for its filter and date until the next write
 * ({@link KeptUntilWrite}), for at most {@code tracker.summaries.max-age}.
 */
@Component
class StatusSummaries {

	/** The summaries kept: for a few filters and dates each (dashboards ask the same). */
	private static final int KEPT = 64;

	private final RecommendationService recommendations;

	private final KeptUntilWrite<Key, StatusSummary> kept;

	StatusSummaries(RecommendationService recommendations, ChangeLog changes, Clock clock,
			@Value("${tracker.summaries.max-age:60s}") Duration maxAge) {
		this.recommendations = recommendations;
		this.kept = new KeptUntilWrite<>(changes, clock, maxAge, KEPT);
	}

	/** The counts on the date of the asks matching the filter (all asks when null). */
	StatusSummary summary(RecommendationFilter filter, LocalDate asOf) {
		return this.kept.get(new Key(filter, asOf), () -> count(this.recommendations.statuses(filter, asOf), asOf));
	}

	private record Key(RecommendationFilter filter, LocalDate asOf) {
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
