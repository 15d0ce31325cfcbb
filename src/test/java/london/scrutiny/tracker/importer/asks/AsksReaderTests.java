package london.scrutiny.tracker.importer.asks;

import java.time.LocalDate;

import london.scrutiny.tracker.ask.AskKind;
import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.importer.DraftAsk;
import london.scrutiny.tracker.importer.LetterRejectedException;
import london.scrutiny.tracker.support.Precision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reader on layouts beyond the corpus: "Recommendation N" headings, an inspection's
 * cause of concern with a dated lead-in, lettered items after "agreed to provide", lists
 * that are not asks, and input it must refuse or find nothing in.
 */
class AsksReaderTests {

	private final AsksReader reader = new AsksReader();

	@Test
	void recommendationHeadingsGiveNumberedAsksWithTheirAddresseesAndDeadlines() {
		AsksDraft draft = this.reader.read("""
				Police and Crime Committee
				Tackling Knife Crime
				Published: 12 March 2024

				Recommendation 1
				The Mayor should publish a knife crime strategy by 31 March 2025.

				Recommendation 2: MOPAC and the Met should report to the Committee every six months on
				progress.
				""", null);
		assertThat(draft.kind()).isEqualTo(DocumentKind.COMMITTEE_REPORT);
		assertThat(draft.date().value()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(draft.asks()).extracting(DraftAsk::number).containsExactly(1, 2);
		DraftAsk first = draft.asks().get(0);
		assertThat(first.text()).isEqualTo("The Mayor should publish a knife crime strategy by 31 March 2025.");
		assertThat(first.addresseeText()).isEqualTo("The Mayor");
		assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(first.deadline().precision()).isEqualTo(Precision.DAY);
		assertThat(draft.asks().get(1).text()).endsWith("every six months on progress.");
		assertThat(draft.asks().get(1).addresseeText()).isEqualTo("MOPAC and the Met");
	}

	@Test
	void aCauseOfConcernAndTheDatedRecommendationsUnderItAreAsks() {
		AsksDraft draft = this.reader.read("""
				Cause of concern
				The service hasn't done enough to make sure its staff understand how to protect vulnerable people.

				Recommendations
				By 31 August 2022, the service should:
				• make sure all staff are trained in safeguarding; and
				• review how it records referrals.
				""", null);
		assertThat(draft.kind()).isEqualTo(DocumentKind.INSPECTION_REPORT);
		assertThat(draft.asks()).hasSize(3);
		assertThat(draft.asks().get(0).title()).isEqualTo("Cause of concern");
		DraftAsk trained = draft.asks().get(1);
		assertThat(trained.text()).isEqualTo("make sure all staff are trained in safeguarding");
		assertThat(trained.addresseeText()).isEqualTo("the service");
		assertThat(trained.deadline().text()).isEqualTo("By 31 August 2022");
		assertThat(draft.asks().get(2).deadline().date()).isEqualTo(LocalDate.of(2022, 8, 31));
	}

	@Test
	void lettersUnderAnAgreedToProvideLeadInAreActionsForItsSubject() {
		AsksDraft draft = this.reader.read("""
				Minutes of the meeting held on 7 June 2023

				4.2 The Chief Executive, MOPAC, agreed to provide:
				(a) the number of officers trained in 2022;
				(b) a note on the new custody contract.

				4.3 The Chair thanked the guests for attending.
				""", null);
		assertThat(draft.kind()).isEqualTo(DocumentKind.COMMITTEE_MEETING);
		assertThat(draft.meeting().value()).isEqualTo(LocalDate.of(2023, 6, 7));
		assertThat(draft.asks()).extracting(DraftAsk::text)
			.containsExactly("the number of officers trained in 2022", "a note on the new custody contract.");
		assertThat(draft.asks()).allSatisfy((ask) -> {
			assertThat(ask.kind()).isEqualTo(AskKind.ACTION);
			assertThat(ask.number()).isNull();
			assertThat(ask.deadline()).isNull();
			assertThat(ask.addressees()).singleElement()
				.satisfies((party) -> assertThat(party.organisation()).isEqualTo("MOPAC"));
		});
	}

	@Test
	void listsOfGuestsAndTheCommitteesOwnRecommendationsAreNotAsks() {
		AsksDraft draft = this.reader.read("""
				The Committee is recommended to:
				(a) Note the report; and
				(b) Delegate authority to the Chair to agree any output.
				5.1 The Chair welcomed the following guests to the meeting:
				• Jane Roe, Deputy Mayor; and
				• John Doe, Commissioner.
				""", null);
		assertThat(draft.asks()).isEmpty();
		assertThat(draft.unplaced()).first().satisfies((u) -> assertThat(u.reason()).startsWith("No ask found"));
	}

	@Test
	void emptyBinaryAndOversizedTextIsRefusedWithItsReason() {
		assertThatThrownBy(() -> this.reader.read("  \n ", null)).isInstanceOf(LetterRejectedException.class)
			.extracting((ex) -> ((LetterRejectedException) ex).reason())
			.isEqualTo(LetterRejectedException.Reason.EMPTY);
		assertThatThrownBy(() -> this.reader.read("abc\u0000def", null))
			.extracting((ex) -> ((LetterRejectedException) ex).reason())
			.isEqualTo(LetterRejectedException.Reason.BINARY);
		assertThatThrownBy(() -> this.reader.read("Recommendation 1 ".repeat(10_000), null))
			.extracting((ex) -> ((LetterRejectedException) ex).reason())
			.isEqualTo(LetterRejectedException.Reason.OVERSIZED);
	}

	@Test
	void aLongLineOfWordsWithNoStructureIsReadWithoutAsks() {
		String text = "the committee should agreed that of the and ".repeat(1_900);
		assertThat(this.reader.read(text, null).asks()).isEmpty();
	}

}
