package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static london.scrutiny.tracker.ask.AskRecords.answer;
import static london.scrutiny.tracker.ask.AskRecords.assessment;
import static london.scrutiny.tracker.ask.AskRecords.record;
import static london.scrutiny.tracker.ask.AskRecords.revision;
import static org.assertj.core.api.Assertions.assertThat;

/** The pure as-of rule, date by date, on a small record. */
class AsOfViewTests {

	private static final LocalDate LETTER = LocalDate.of(2022, 8, 18);

	private final AskRecord record = record(LocalDate.of(2022, 9, 30), List.of(answer("letter/a", LETTER)),
			List.of(assessment("a1", "response/letter/a", Position.PARTIALLY_ACCEPTED, Implementation.IN_PROGRESS,
					Verification.CLAIMED, LETTER)),
			List.of());

	@Test
	void beforeTheLetter_noAnswerIsVisibleAndTheAskIsOverdueWithNoPosition() {
		AskStatus status = AsOfView.of(this.record, LocalDate.of(2022, 8, 1));
		assertThat(status.answers()).isEmpty();
		assertThat(status.letters()).isEmpty();
		assertThat(status.answerPositions()).isEmpty();
		assertThat(status.responseStatus()).isEqualTo(ResponseStatus.RESPONSE_OVERDUE);
		assertThat(status.daysLate()).isEqualTo(70);
		assertThat(status.position()).isNull();
		assertThat(status.history()).isEmpty();
		assertThat(status.timeline()).noneMatch((e) -> e.kind() == AskEvent.Kind.ANSWERED);
	}

	@Test
	void onTheLetter_theAnswerItsPositionAndTheLateResponseAppearTogether() {
		AskStatus status = AsOfView.of(this.record, LETTER);
		assertThat(status.answers()).extracting((r) -> r.letterId()).containsExactly("letter/a");
		assertThat(status.answerPositions()).containsEntry("response/letter/a", Position.PARTIALLY_ACCEPTED);
		assertThat(status.responseStatus()).isEqualTo(ResponseStatus.RESPONDED_LATE);
		assertThat(status.daysLate()).isEqualTo(87);
		assertThat(status.firstAnsweredOn()).isEqualTo(LETTER);
		assertThat(status.position()).isEqualTo(Position.PARTIALLY_ACCEPTED);
	}

	@Test
	void beforeTheDueDate_anUnansweredAskIsAwaited() {
		assertThat(AsOfView.of(this.record, AskRecords.DUE).responseStatus())
			.isEqualTo(ResponseStatus.AWAITING_RESPONSE);
		assertThat(AsOfView.of(this.record, AskRecords.DUE.plusDays(1)).responseStatus())
			.isEqualTo(ResponseStatus.RESPONSE_OVERDUE);
	}

	@Test
	void anAnswerWhoseLetterIsNotStored_isNeverVisible() {
		AskRecord unstored = record(null, List.of(new AskRecord.Answer(answer("letter/b", LETTER).response(), null)),
				List.of(), List.of());
		AskStatus status = AsOfView.of(unstored, LocalDate.of(2030, 1, 1));
		assertThat(status.answers()).isEmpty();
		assertThat(status.responseStatus()).isEqualTo(ResponseStatus.RESPONSE_OVERDUE);
	}

	@Test
	void aLaterAssessmentOfTheAnswer_changesItsPositionOnlyFromItsDate() {
		LocalDate later = LocalDate.of(2023, 1, 10);
		AskRecord revised = record(null, this.record.answers(),
				List.of(this.record.assessments().get(0), assessment("a2", "response/letter/a", Position.ACCEPTED,
						Implementation.IMPLEMENTED, Verification.VERIFIED, later)),
				List.of());
		assertThat(AsOfView.of(revised, later.minusDays(1)).answerPositions()).containsEntry("response/letter/a",
				Position.PARTIALLY_ACCEPTED);
		assertThat(AsOfView.of(revised, later).answerPositions()).containsEntry("response/letter/a", Position.ACCEPTED);
		assertThat(AsOfView.of(revised, later).verifiedImplementation()).isEqualTo(Implementation.IMPLEMENTED);
		assertThat(AsOfView.of(revised, later).claimedImplementation()).isEqualTo(Implementation.IN_PROGRESS);
	}

	@Test
	void aMovedDeadline_holdsFromItsEffectiveDateAndIsMissedOnlyAfterTheNewDate() {
		LocalDate moved = LocalDate.of(2023, 3, 31);
		AskRecord revised = record(LocalDate.of(2022, 9, 30), List.of(), List.of(),
				List.of(revision("d1", moved, LocalDate.of(2022, 9, 1))));
		AskStatus before = AsOfView.of(revised, LocalDate.of(2022, 8, 31));
		assertThat(before.deadline().date()).isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(before.deadlineRevisions()).isEmpty();
		AskStatus after = AsOfView.of(revised, LocalDate.of(2022, 10, 1));
		assertThat(after.deadline().date()).isEqualTo(moved);
		assertThat(after.deadlineStatus()).isEqualTo(DeadlineStatus.UPCOMING);
		assertThat(after.originalDeadline().date()).isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(AsOfView.of(revised, moved.plusDays(1)).deadlineStatus()).isEqualTo(DeadlineStatus.MISSED);
	}

	@Test
	void aDeadline_isMetWhenImplementedByThenAndNotRefutedSince() {
		LocalDate deadline = LocalDate.of(2022, 9, 30);
		Assessment done = assessment("a1", null, Position.ACCEPTED, Implementation.IMPLEMENTED, Verification.CLAIMED,
				LocalDate.of(2022, 9, 1));
		Assessment refuted = assessment("a2", null, Position.ACCEPTED, Implementation.NOT_IMPLEMENTED,
				Verification.REFUTED, LocalDate.of(2022, 11, 1));
		AskRecord met = record(deadline, List.of(), List.of(done, refuted), List.of());
		assertThat(AsOfView.of(met, LocalDate.of(2022, 10, 15)).deadlineStatus()).isEqualTo(DeadlineStatus.MET);
		assertThat(AsOfView.of(met, LocalDate.of(2022, 11, 1)).deadlineStatus()).isEqualTo(DeadlineStatus.MISSED);
	}

}
