package london.scrutiny.tracker.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import london.scrutiny.tracker.audit.ChangeLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** When a kept summary is given again, and when the asks are counted anew. */
class StatusSummariesTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

	private final RecommendationService recommendations = mock(RecommendationService.class);

	private final ChangeLog changes = mock(ChangeLog.class);

	private final AtomicLong numbered = new AtomicLong(7);

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));

	private StatusSummaries summaries;

	@BeforeEach
	void oneAskAwaitingItsAnswer() {
		when(this.changes.numbered()).thenAnswer((i) -> this.numbered.get());
		when(this.recommendations.statuses(any(), any())).thenAnswer((i) -> List.of(awaiting(i.getArgument(1))));
		Clock clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return StatusSummariesTests.this.now.get();
			}
		};
		this.summaries = new StatusSummaries(this.recommendations, this.changes, clock, Duration.ofSeconds(60));
	}

	@Test
	void aSummaryIsGivenAgainWhileNoWriteIsNumbered() {
		StatusSummary first = this.summaries.summary(null, DAY);
		this.now.set(this.now.get().plusSeconds(59));
		assertThat(this.summaries.summary(null, DAY)).isSameAs(first);
		verify(this.recommendations, times(1)).statuses(null, DAY);
	}

	@Test
	void aNumberedWriteHasTheAsksCountedAgain() {
		this.summaries.summary(null, DAY);
		this.numbered.incrementAndGet();
		this.summaries.summary(null, DAY);
		verify(this.recommendations, times(2)).statuses(null, DAY);
	}

	@Test
	void aSummaryOlderThanItsMaximumAgeIsCountedAgain() {
		this.summaries.summary(null, DAY);
		this.now.set(this.now.get().plusSeconds(60));
		this.summaries.summary(null, DAY);
		verify(this.recommendations, times(2)).statuses(null, DAY);
	}

	@Test
	void summariesForOtherFiltersOrDatesAreCountedForThemselves() {
		RecommendationFilter byReport = new RecommendationFilter(List.of("pcc-2022-vawg"), null, null, null, null, null,
				null, null, null, null, null);
		StatusSummary all = this.summaries.summary(null, DAY);
		StatusSummary later = this.summaries.summary(null, DAY.plusDays(1));
		StatusSummary filtered = this.summaries.summary(byReport, DAY);
		assertThat(later.asOf()).isEqualTo(DAY.plusDays(1));
		assertThat(all.asOf()).isEqualTo(DAY);
		assertThat(this.summaries.summary(byReport, DAY)).isSameAs(filtered);
		assertThat(this.summaries.summary(null, DAY.plusDays(1))).isSameAs(later);
		verify(this.recommendations, times(1)).statuses(eq(byReport), eq(DAY));
		verify(this.recommendations, times(1)).statuses(null, DAY);
	}

	@Test
	void everyStatusValueIsListedWithItsCount() {
		StatusSummary summary = this.summaries.summary(null, DAY);
		assertThat(summary.total()).isEqualTo(1);
		assertThat(summary.byResponseStatus()).hasSize(ResponseStatus.values().length)
			.contains(new StatusSummary.ResponseStatusCount(ResponseStatus.AWAITING_RESPONSE, 1),
					new StatusSummary.ResponseStatusCount(ResponseStatus.RESPONDED, 0));
		assertThat(summary.byPosition()).contains(new StatusSummary.PositionCount(null, 1),
				new StatusSummary.PositionCount(Position.ACCEPTED, 0));
	}

	private static StatusAt awaiting(LocalDate asOf) {
		return new StatusAt(asOf, asOf.plusMonths(1), ResponseStatus.AWAITING_RESPONSE, null, null, null, null, null);
	}

}
