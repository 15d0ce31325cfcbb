package london.scrutiny.tracker.importer;

import java.time.LocalDate;

import london.scrutiny.tracker.support.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The small pure rules the letter reader is built from. */
class ReaderPartsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "05/03/2024|2024-03-05|DAY", "5th March 2024|2024-03-05|DAY", "March 5, 2024|2024-03-05|DAY",
					"5 Mar 2024|2024-03-05|DAY", "05.03.2024|2024-03-05|DAY", "April 2021|2021-04-01|MONTH",
					"Sept 3rd, 2019|2019-09-03|DAY" })
	void aDateIsReadInEveryCommonFormDayFirstInFigures(String written, String date, Precision precision) {
		DateWords.Stated stated = DateWords.at(written, 0);
		assertThat(stated).isNotNull();
		assertThat(stated.value()).isEqualTo(LocalDate.parse(date));
		assertThat(stated.precision()).isEqualTo(precision);
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/02/2024", "13/13/2024", "March 2024x", "Recommendation 5", "2024" })
	void whatIsNotADateIsNotReadAsOne(String written) {
		DateWords.Stated stated = DateWords.at(written, 0);
		assertThat(stated == null || !written.equals(stated.asWritten())).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rt Hon Yvette Cooper MP", "Dame Cressida Dick", "Susan Hall AM", "HMICFRS", "Jane Roe",
			"Chair of the Committee" })
	void aNameLineIsCapitalisedWordsOrMarkedAsAPersons(String line) {
		assertThat(HeaderReader.isName(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Policy paper", "Correspondence", "Updated 10 May 2021", "Firearm homicides by year",
			"Thank you for your letter" })
	void aPageCategoryOrASentenceIsNotAName(String line) {
		assertThat(HeaderReader.isName(line)).isFalse();
	}

	@Test
	void aLineIsCutAfterAnAnswersLabelAndBeforeAQuestionGluedToThePreviousAnswer() {
		String labelled = "MPS response: The MPS has introduced a system.";
		assertThat(ItemSegmenter.breaks(labelled)).containsExactly("MPS response: ".length());
		String glued = "It provides value for money. Cutting services (1) Question No: 2016/1329 Jane Doe How much?";
		assertThat(ItemSegmenter.breaks(glued)).containsExactly("It provides value for money. ".length() - 1);
		assertThat(ItemSegmenter.breaks("Response to recommendations")).isEmpty();
		assertThat(ItemSegmenter.breaks("Routemaster buses Question No: 2016/1327 Will you?")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Handgun 3811", "Offence Total 5815", "Clear upHandgun0 11" })
	void aTableRowRunTogetherOffersNoFigure(String row) {
		assertThat(FigureScanner.isTableFragment(line(row))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "More than 24,400 officers have completed the training.", "Budget £5m",
			"- 1,665 arrests were made in 2023" })
	void aSentenceOrAnAmountIsNotATableFragment(String text) {
		assertThat(FigureScanner.isTableFragment(line(text))).isFalse();
	}

	@Test
	void numbersThatNameOrLocateThingsAreNotFigures() {
		LetterDraft draft = new LetterParser().parse("""
				Dear Jane,

				Training is supported by a new Premises Search Book (Book 101). See paragraph 12 and
				Question 4 of your letter of 3 May 2024; our office at 10 Downing Street, SW1A 2AA, received
				it on 05/05/2024. More than 1,400 officers were trained in 2023.

				Yours sincerely,

				John Doe
				""");
		assertThat(draft.figures()).extracting(DraftFigure::asWritten).containsExactly("More than 1,400");
	}

	private static LetterText.Line line(String text) {
		return new LetterText(text).line(0);
	}

}
