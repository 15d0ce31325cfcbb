package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the as-of rule over arbitrary histories: what is known on a date never
 * depends on what happened after it.
 */
class AsOfViewProperties {

	private static final LocalDate ORIGIN = LocalDate.of(2022, 1, 1);

	@Property
	void aLaterEventNeverChangesTheStateAtAnEarlierDate(@ForAll("records") AskRecord record,
			@ForAll @IntRange(min = 0, max = 900) int day, @ForAll("events") Object event,
			@ForAll @IntRange(min = 1, max = 400) int after) {
		LocalDate asOf = ORIGIN.plusDays(day);
		LocalDate later = asOf.plusDays(after);
		AskRecord withLater = add(record, event, later);
		assertThat(AsOfView.of(withLater, asOf)).isEqualTo(AsOfView.of(record, asOf));
	}

	@Property
	void whatIsVisibleOnADateWasSentByThen(@ForAll("records") AskRecord record,
			@ForAll @IntRange(min = 0, max = 900) int day) {
		LocalDate asOf = ORIGIN.plusDays(day);
		AskStatus status = AsOfView.of(record, asOf);
		assertThat(status.letters()).allMatch((l) -> !l.date().isAfter(asOf));
		assertThat(status.history()).allMatch((a) -> !a.effectiveOn().isAfter(asOf));
		assertThat(status.deadlineRevisions()).allMatch((r) -> !r.effectiveOn().isAfter(asOf));
		assertThat(status.timeline()).allMatch((e) -> e.upcoming() || !e.date().isAfter(asOf));
		assertThat(status.answers()).hasSize((int) record.answers()
			.stream()
			.filter((a) -> a.letter() != null && !a.letter().date().isAfter(asOf))
			.count());
	}

	@Property
	void onceAnsweredAnAskStaysAnsweredAndItsAnswersOnlyGrow(@ForAll("records") AskRecord record,
			@ForAll @IntRange(min = 0, max = 900) int day, @ForAll @IntRange(min = 0, max = 400) int more) {
		AskStatus earlier = AsOfView.of(record, ORIGIN.plusDays(day));
		AskStatus later = AsOfView.of(record, ORIGIN.plusDays(day + more));
		assertThat(later.answers()).containsAll(earlier.answers());
		if (earlier.firstAnsweredOn() != null) {
			assertThat(later.responseStatus()).isEqualTo(earlier.responseStatus());
			assertThat(later.daysLate()).isEqualTo(earlier.daysLate());
		}
	}

	@Property
	void theStoredFactsGiveTheSameStatusAsTheEventsOnEveryDateTheyDecide(@ForAll("records") AskRecord record,
			@ForAll @IntRange(min = 0, max = 1300) int day) {
		LocalDate asOf = ORIGIN.plusDays(day);
		StatusFacts facts = AsOfView.facts(record);
		facts.at(asOf).ifPresent((fromFacts) -> assertThat(fromFacts).isEqualTo(AsOfView.of(record, asOf).at()));
		assertThat(facts.responseStatus(asOf)).isEqualTo(AsOfView.of(record, asOf).responseStatus());
		boolean undecided = facts.at(asOf).isEmpty();
		assertThat(undecided).isEqualTo(!facts.pristineOn(asOf) && !facts.settledOn(asOf));
	}

	@Provide
	Arbitrary<AskRecord> records() {
		Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 900).map(ORIGIN::plusDays);
		Arbitrary<List<AskRecord.Answer>> answers = Combinators
			.combine(Arbitraries.strings().numeric().ofLength(4), dates)
			.as((id, date) -> AskRecords.answer("letter/" + id, date))
			.list()
			.ofMaxSize(3)
			.uniqueElements((a) -> a.response().id());
		Arbitrary<List<Assessment>> assessments = assessments(dates).list().ofMaxSize(4).uniqueElements(Assessment::id);
		Arbitrary<List<DeadlineRevision>> revisions = Combinators
			.combine(Arbitraries.strings().numeric().ofLength(4), dates, dates)
			.as((id, deadline, on) -> AskRecords.revision("d" + id, deadline, on))
			.list()
			.ofMaxSize(2)
			.uniqueElements(DeadlineRevision::id);
		Arbitrary<LocalDate> deadline = dates.injectNull(0.3);
		return Combinators.combine(deadline, answers, assessments, revisions).as(AskRecords::record);
	}

	@Provide
	Arbitrary<Object> events() {
		Arbitrary<LocalDate> any = Arbitraries.just(ORIGIN);
		return Arbitraries.oneOf(Arbitraries.just("answer"), assessments(any).map((a) -> (Object) a),
				Arbitraries.just("revision"));
	}

	private static Arbitrary<Assessment> assessments(Arbitrary<LocalDate> dates) {
		return Combinators
			.combine(Arbitraries.strings().numeric().ofLength(4), Arbitraries.of(Position.class),
					Arbitraries.of(Implementation.class), Arbitraries.of(Verification.class), dates)
			.as((id, position, implementation, verification, on) -> AskRecords.assessment("a" + id, null, position,
					implementation, verification, on));
	}

	/** The record with one more event, of the given kind, dated on the given date. */
	private static AskRecord add(AskRecord record, Object event, LocalDate on) {
		List<AskRecord.Answer> answers = new ArrayList<>(record.answers());
		List<Assessment> assessments = new ArrayList<>(record.assessments());
		List<DeadlineRevision> revisions = new ArrayList<>(record.revisions());
		if (event instanceof Assessment a) {
			assessments.add(new Assessment("later-" + a.id(), a.askId(),
					answers.isEmpty() ? null : answers.get(0).response().id(), a.kind(), a.position(),
					a.implementation(), a.verification(), a.rationale(), a.assessedBy(), on, a.recordedAt()));
		}
		else if ("answer".equals(event)) {
			answers.add(AskRecords.answer("letter/later", on));
		}
		else {
			revisions.add(AskRecords.revision("later", on.plusDays(30), on));
		}
		return new AskRecord(record.ask(), record.report(), record.due(), answers, assessments, revisions);
	}

}
