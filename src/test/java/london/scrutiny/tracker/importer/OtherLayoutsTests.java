package london.scrutiny.tracker.importer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts found in neither the seed nor the intake corpus, written here the way other
 * offices set out their answers: the reader must place each answer from the marks such
 * layouts share.
 */
class OtherLayoutsTests {

	private final LetterParser parser = new LetterParser();

	@Test
	void aRecommendationHeadingThenTheAskThenAResponseLabelStartsTheAnswerAfterTheLabel() {
		LetterDraft draft = this.parser.parse("""
				Government response to the Committee's report

				March 5, 2024

				Recommendation 1
				The Home Office should publish guidance on the use of stop and search.

				Government response:
				The Government accepts this recommendation and will publish guidance in the summer.

				Recommendation 2: Forces should record the ethnicity of every person stopped.
				Response: Partially accepted. Forces already record self-defined ethnicity.
				""");
		assertThat(draft.date().value()).hasToString("2024-03-05");
		assertThat(draft.responses()).extracting(DraftResponse::askNumber).containsExactly(1, 2);
		assertThat(draft.responses().get(0).text()).startsWith("The Government accepts this recommendation");
		assertThat(draft.responses().get(1).text()).startsWith("Partially accepted.");
		assertThat(draft.asks().get(0).text()).startsWith("The Home Office should publish guidance");
	}

	@Test
	void letteredItemsEachWithAnAnswerLabelAreAnsweredInTurn() {
		LetterDraft draft = this.parser.parse("""
				Date: 05/03/2024

				Dear Chair,

				(a) The Committee asked for the number of officers trained in 2023.

				Answer: 1,250 officers completed the course.

				(b) The Committee asked when the review will report.

				Answer: The review will report in June.

				Kind regards,

				Jane Roe
				Chief Executive
				""");
		assertThat(draft.date().value()).hasToString("2024-03-05");
		assertThat(draft.responses()).extracting(DraftResponse::askReference).containsExactly("a", "b");
		assertThat(draft.responses().get(1).text()).isEqualTo("The review will report in June.");
		assertThat(draft.signatory().name()).isEqualTo("Jane Roe");
		assertThat(draft.signatory().role()).isEqualTo("Chief Executive");
		assertThat(draft.figures()).extracting(DraftFigure::asWritten).containsExactly("1,250");
	}

	@Test
	void withTheAsksKnownNumberedAnswersAreTiedAndTheMissingOneListed() {
		List<KnownAsk> asks = List.of(
				new KnownAsk(1, null, "r/1", "MOPAC should publish quarterly data on stop and search."),
				new KnownAsk(2, null, "r/2", "The Met should review its training for custody staff."),
				new KnownAsk(3, null, "r/3", "The Mayor should fund three more youth workers in each borough."));
		LetterDraft draft = this.parser.parse("""
				Dear Chair,

				1. Quarterly data on stop and search

				MOPAC now publishes stop and search data every quarter on its dashboard.

				2. Training for custody staff

				The Met has reviewed custody training and a new course starts in April.

				Yours sincerely,

				John Doe
				""", ImportHints.none().withReportId("r").withAsks(asks));
		assertThat(draft.responses()).extracting(DraftResponse::askId).containsExactly("r/1", "r/2");
		assertThat(draft.responses().get(0).text()).startsWith("MOPAC now publishes");
		assertThat(draft.unanswered()).extracting(DraftAsk::askId).containsExactly("r/3");
	}

	@Test
	void aCoveringLetterAnswersNothingEvenWithTheAsksKnown() {
		LetterDraft draft = this.parser.parse("""
				Dear Chair,

				Thank you for your report. I enclose the Government's response, which answers each of your
				recommendations in turn.

				Yours sincerely,

				John Doe
				""", ImportHints.none().withAsks(List.of(new KnownAsk(1, null, "r/1", "Publish the report."))));
		assertThat(draft.responses()).isEmpty();
		assertThat(draft.unanswered()).extracting(DraftAsk::askId).containsExactly("r/1");
	}

}
