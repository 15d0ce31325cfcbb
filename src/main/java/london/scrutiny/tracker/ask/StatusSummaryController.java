package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code statusSummary} query: every status value is listed, zero counts included, so
 * charts stay stable. Counts the same statuses the {@code recommendations} list gives on
 * the date.
 */
@Controller
class StatusSummaryController {

	private final RecommendationService recommendations;

	private final StatusService status;

	StatusSummaryController(RecommendationService recommendations, StatusService status) {
		this.recommendations = recommendations;
		this.status = status;
	}

	@QueryMapping
	StatusSummary statusSummary(@Argument RecommendationFilter filter, @Argument LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : this.status.today();
		Collection<StatusAt> all = this.recommendations.statuses(filter, date);
		return new StatusSummary(date, all.size(),
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
			java.util.function.BiFunction<V, Integer, C> count) {
		List<C> counts = new java.util.ArrayList<>(
				Arrays.stream(values).map((v) -> count.apply(v, count(all, field, v))).toList());
		counts.add(count.apply(null, count(all, field, null)));
		return counts;
	}

	private static <V> int count(Collection<StatusAt> all, Function<StatusAt, V> field, V value) {
		return (int) all.stream().filter((s) -> Objects.equals(field.apply(s), value)).count();
	}

}
