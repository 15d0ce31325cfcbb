package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the as-of rule over many generated histories: what is known on a date
 * never depends on what happened after it. Histories come from a seeded generator, so a
 * failure names the seed and case that reproduce it.
 */
class AsOfViewProperties {

	private static final LocalDate ORIGIN = LocalDate.of(2022, 1, 1);

	private static final int CASES = 500;

	private static final long SEED = 20221101L;

	@Test
	void aLaterEventNeverChangesTheStateAtAnEarlierDate() {
		forEachCase((random) -> {
			AskRecord record = record(random);
			LocalDate asOf = ORIGIN.plusDays(random.nextInt(901));
			LocalDate later = asOf.plusDays(1 + random.nextInt(400));
			AskRecord withLater = add(record, random.nextInt(3), random, later);
			assertThat(AsOfView.of(withLater, asOf)).isEqualTo(AsOfView.of(record, asOf));
		});
	}

	@Test
	void whatIsVisibleOnADateWasSentByThen() {
		forEachCase((random) -> {
			AskRecord record = record(random);
			LocalDate asOf = ORIGIN.plusDays(random.nextInt(901));
			AskStatus status = AsOfView.of(record, asOf);
			assertThat(status.letters()).allMatch((l) -> !l.date().isAfter(asOf));
			assertThat(status.history()).allMatch((a) -> !a.effectiveOn().isAfter(asOf));
			assertThat(status.deadlineRevisions()).allMatch((r) -> !r.effectiveOn().isAfter(asOf));
			assertThat(status.timeline()).allMatch((e) -> e.upcoming() || !e.date().isAfter(asOf));
			assertThat(status.answers()).hasSize((int) record.answers()
				.stream()
				.filter((a) -> a.letter() != null && !a.letter().date().isAfter(asOf))
				.count());
		});
	}

	@Test
	void onceAnsweredAnAskStaysAnsweredAndItsAnswersOnlyGrow() {
		forEachCase((random) -> {
			AskRecord record = record(random);
			int day = random.nextInt(901);
			AskStatus earlier = AsOfView.of(record, ORIGIN.plusDays(day));
			AskStatus later = AsOfView.of(record, ORIGIN.plusDays(day + random.nextInt(401)));
			assertThat(later.answers()).containsAll(earlier.answers());
			if (earlier.firstAnsweredOn() != null) {
				assertThat(later.responseStatus()).isEqualTo(earlier.responseStatus());
				assertThat(later.daysLate()).isEqualTo(earlier.daysLate());
			}
		});
	}

	@Test
	void theStoredFactsGiveTheSameStatusAsTheEventsOnEveryDateTheyDecide() {
		forEachCase((random) -> {
			AskRecord record = record(random);
			LocalDate asOf = ORIGIN.plusDays(random.nextInt(1301));
			StatusFacts facts = AsOfView.facts(record);
			facts.at(asOf).ifPresent((fromFacts) -> assertThat(fromFacts).isEqualTo(AsOfView.of(record, asOf).at()));
			assertThat(facts.responseStatus(asOf)).isEqualTo(AsOfView.of(record, asOf).responseStatus());
			boolean undecided = facts.at(asOf).isEmpty();
			assertThat(undecided).isEqualTo(!facts.pristineOn(asOf) && !facts.settledOn(asOf));
		});
	}

	/** Runs the check on each generated case, naming the case that fails. */
	private static void forEachCase(Consumer<Random> check) {
		Random random = new Random(SEED);
		for (int i = 0; i < CASES; i++) {
			long caseSeed = random.nextLong();
			try {
				check.accept(new Random(caseSeed));
			}
			catch (AssertionError failure) {
				throw new AssertionError("Case " + i + " (seed " + caseSeed + ") fails: " + failure.getMessage(),
						failure);
			}
		}
	}

	/**
	 * An ask with up to three answers, four assessments and two deadline revisions, on
	 * dates within two and a half years, and a deadline seven times in ten.
	 */
	private static AskRecord record(Random random) {
		Map<String, AskRecord.Answer> answers = new LinkedHashMap<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			String id = String.format("%04d", random.nextInt(10_000));
			answers.putIfAbsent(id, AskRecords.answer("letter/" + id, date(random)));
		}
		Map<String, Assessment> assessments = new LinkedHashMap<>();
		for (int i = random.nextInt(5); i > 0; i--) {
			String id = "a" + String.format("%04d", random.nextInt(10_000));
			assessments.putIfAbsent(id, assessment(random, id, date(random)));
		}
		Map<String, DeadlineRevision> revisions = new LinkedHashMap<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			String id = "d" + String.format("%04d", random.nextInt(10_000));
			revisions.putIfAbsent(id, AskRecords.revision(id, date(random), date(random)));
		}
		LocalDate deadline = (random.nextInt(10) < 7) ? date(random) : null;
		return AskRecords.record(deadline, new ArrayList<>(answers.values()), new ArrayList<>(assessments.values()),
				new ArrayList<>(revisions.values()));
	}

	private static LocalDate date(Random random) {
		return ORIGIN.plusDays(random.nextInt(901));
	}

	private static Assessment assessment(Random random, String id, LocalDate on) {
		return AskRecords.assessment(id, null, pick(random, Position.values()), pick(random, Implementation.values()),
				pick(random, Verification.values()), on);
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/**
	 * The record with one more event (0 an answer, 1 an assessment, 2 a deadline
	 * revision) dated on the given date.
	 */
	private static AskRecord add(AskRecord record, int kind, Random random, LocalDate on) {
		List<AskRecord.Answer> answers = new ArrayList<>(record.answers());
		List<Assessment> assessments = new ArrayList<>(record.assessments());
		List<DeadlineRevision> revisions = new ArrayList<>(record.revisions());
		if (kind == 1) {
			Assessment a = assessment(random, "later", on);
			assessments.add(new Assessment(a.id(), a.askId(), answers.isEmpty() ? null : answers.get(0).response().id(),
					a.kind(), a.position(), a.implementation(), a.verification(), a.rationale(), a.assessedBy(), on,
					a.recordedAt()));
		}
		else if (kind == 0) {
			answers.add(AskRecords.answer("letter/later", on));
		}
		else {
			revisions.add(AskRecords.revision("later", on.plusDays(30), on));
		}
		return new AskRecord(record.ask(), record.report(), record.due(), answers, assessments, revisions);
	}

}
