package london.scrutiny.tracker.importer;

import java.util.List;

import london.scrutiny.tracker.importer.AnswerAligner.Passage;
import london.scrutiny.tracker.importer.AnswerAligner.Tie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that ties an answer passage to the known ask it answers. */
class AnswerAlignerTests {

	private static final KnownAsk DATA = new KnownAsk(1, null, "r/1",
			"MOPAC must improve the way violence against women and girls data is gathered, recorded and analysed.");

	private static final KnownAsk RESEARCH = new KnownAsk(2, null, "r/2",
			"MOPAC must commission research into the barriers that prevent victims from reporting offences.");

	private static final KnownAsk FUNDING = new KnownAsk(3, null, "r/3",
			"The Mayor must commit long-term funding for specialist support services for victims.");

	private static final List<KnownAsk> ASKS = List.of(DATA, RESEARCH, FUNDING);

	@Test
	void aPrintedNumberTiesThePassageToThatAsk() {
		List<Tie> ties = AnswerAligner.align(List.of(new Passage(2, null, "We have started this work.")), ASKS);
		assertThat(ties).singleElement().satisfies((t) -> {
			assertThat(t.ask()).isEqualTo(RESEARCH);
			assertThat(t.basis()).startsWith("number 2");
		});
	}

	@Test
	void anUnnumberedPassageIsTiedByItsWordingAndStemsMatchAcrossWordForms() {
		List<Tie> ties = AnswerAligner
			.align(List.of(new Passage(null, null, "Funding specialist services: we are committing funds for victims"),
					new Passage(null, null, "Commissioned research on barriers to reporting")), ASKS);
		assertThat(ties).extracting(Tie::ask).containsExactly(FUNDING, RESEARCH);
		assertThat(ties).allSatisfy((t) -> assertThat(t.basis()).startsWith("wording"));
	}

	@Test
	void aQuotedAskOutweighsAPrintedNumberThatNamesAnotherAsk() {
		List<Tie> ties = AnswerAligner.align(List.of(new Passage(1, null,
				"The Mayor must commit long-term funding for specialist support services for victims.")), ASKS);
		assertThat(ties).singleElement().satisfies((t) -> {
			assertThat(t.ask()).isEqualTo(FUNDING);
			assertThat(t.basis()).contains("printed as 1");
		});
	}

	@Test
	void wordingLikeNoAskOrLikeTwoAlikeTiesNothing() {
		assertThat(AnswerAligner.align(List.of(new Passage(null, null, "Thank you for your letter.")), ASKS)).isEmpty();
		assertThat(AnswerAligner.align(List.of(new Passage(null, null, "MOPAC must")), ASKS)).isEmpty();
	}

	@Test
	void eachAskIsAnsweredOnceAndTheSurerTieWins() {
		List<Tie> ties = AnswerAligner.align(List.of(new Passage(null, null, "research into barriers"),
				new Passage(2, null, "Research into the barriers that prevent victims from reporting")), ASKS);
		assertThat(ties).singleElement().satisfies((t) -> assertThat(t.passage()).isEqualTo(1));
	}

	@Test
	void aPrintedReferenceTiesAQuestionWithoutANumber() {
		KnownAsk question = new KnownAsk(null, "2016/1327", "q/1327", "Will you cancel the procurement of buses?");
		List<Tie> ties = AnswerAligner.align(List.of(new Passage(null, "2016/1327", "No.")), List.of(question, DATA));
		assertThat(ties).singleElement().satisfies((t) -> assertThat(t.ask()).isEqualTo(question));
	}

	@Test
	void nothingToTieGivesNoTies() {
		assertThat(AnswerAligner.align(List.of(), ASKS)).isEmpty();
		assertThat(AnswerAligner.align(List.of(new Passage(1, null, "x")), List.of())).isEmpty();
	}

}
