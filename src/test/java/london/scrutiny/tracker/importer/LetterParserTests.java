package london.scrutiny.tracker.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.ask.AskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on small letters written for the purpose, one behaviour each. The corpus
 * itself is measured by {@link ImporterAccuracyTests}; these letters use other names,
 * references and wordings, so that what passes here is the pattern, not a memory of the
 * seed.
 */
class LetterParserTests {

	private final LetterParser parser = new LetterParser();

	private static String letter(String body) {
		return """
				**MAYOR OF LONDON**
				OFFICE FOR POLICING AND CRIME

				**Jane Roe AM**

				Chair of the Housing Committee
				London Assembly
				jane.roe@example.org

				**Our ref:** ABC140324- X1234

				**Date:** 2 May 2024

				Dear Jane,

				%s

				Yours sincerely,

				A handwritten signature, appearing to read 'John Doe'.

				John Doe

				Director of Housing

				**CC. Richard Poe, Deputy Chair of the Housing Committee**
				""".formatted(body);
	}

	@Test
	void readsTheHeadAndTheClose() {
		LetterDraft draft = this.parser.parse(letter("Thank you for your letter."));
		assertThat(draft.reference().value()).isEqualTo("ABC140324-X1234");
		assertThat(draft.reference().asWritten()).isEqualTo("ABC140324- X1234");
		assertThat(draft.date().value()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(draft.recipients()).singleElement().satisfies((r) -> {
			assertThat(r.name()).isEqualTo("Jane Roe AM");
			assertThat(r.role()).isEqualTo("Chair of the Housing Committee");
		});
		assertThat(draft.signatory().name()).isEqualTo("John Doe");
		assertThat(draft.signatory().role()).isEqualTo("Director of Housing");
		assertThat(draft.signatory().confidence().reason()).contains("signature image");
		assertThat(draft.cc()).singleElement().satisfies((c) -> {
			assertThat(c.name()).isEqualTo("Richard Poe");
			assertThat(c.role()).isEqualTo("Deputy Chair of the Housing Committee");
		});
	}

	@Test
	void derivesTheReplyDateFromTheReferenceWhenTheLetterDoesNotStateIt() {
		LetterDraft draft = this.parser.parse(letter("Thank you for your letter about housing."));
		assertThat(draft.inReplyTo().date()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(draft.inReplyTo().how()).isEqualTo(ReplyBasis.DERIVED_FROM_REFERENCE);
		assertThat(draft.inReplyTo().quote()).isNull();
		assertThat(draft.inReplyTo().note()).contains("14 March 2024");
	}

	@Test
	void aStatedReplyDateWinsAndTakesItsYearFromTheLetter() {
		LetterDraft draft = this.parser.parse(letter("Thank you for your letter of 20 March, following the "
				+ "Committee meeting of 6 March. I am sorry for the late reply."));
		assertThat(draft.inReplyTo().date()).isEqualTo(LocalDate.of(2024, 3, 20));
		assertThat(draft.inReplyTo().how()).isEqualTo(ReplyBasis.STATED);
		assertThat(draft.inReplyTo().quote()).startsWith("Thank you for your letter of 20 March");
		assertThat(draft.inReplyTo().note()).contains("14 March 2024").contains("differs");
		assertThat(draft.meeting().value()).isEqualTo(LocalDate.of(2024, 3, 6));
		assertThat(draft.delay().admitted()).isTrue();
		assertThat(draft.delay().quote()).isEqualTo("I am sorry for the late reply.");
	}

	@Test
	void aLetterWithoutApologyDoesNotAdmitDelay() {
		LetterDraft draft = this.parser.parse(letter("Thank you for your letter."));
		assertThat(draft.delay().admitted()).isFalse();
		assertThat(draft.delay().quote()).isNull();
	}

	@Test
	void readsRecommendationHeadingsWithTheAskInBoldAndDropsPageFurniture() {
		LetterDraft draft = this.parser.parse(
				letter("""
						Please find my response in the annex.

						## **Recommendation 1**

						**The Mayor should publish the housing data quarterly.**

						We will publish the data each quarter from the
						autumn.

						# MAYOR OF LONDON

						## **Recommendation 2**

						**MOPAC should review its grants.**

						The review started in June and has covered
						""" + "\nEMAIL [someone@example.org](mailto:someone@example.org) -\n\n"
						+ "CITY HALL, KAMAL CHUNCHIE WAY, LONDON E16 1ZE\n\n" + "most grants so far."),
				ImportHints.none().withReportId("housing-2024"));
		assertThat(draft.shapes()).containsExactly(AskShape.RECOMMENDATION_HEADINGS);
		assertThat(draft.asks()).extracting(DraftAsk::number).containsExactly(1, 2);
		assertThat(draft.asks().get(0).text()).isEqualTo("The Mayor should publish the housing data quarterly.");
		assertThat(draft.asks().get(0).askId()).isEqualTo("housing-2024/1");
		assertThat(draft.asks().get(0).kind()).isEqualTo(AskKind.RECOMMENDATION);
		assertThat(draft.responseTo(1).orElseThrow().text())
			.isEqualTo("We will publish the data each quarter from the\nautumn.");
		assertThat(draft.responseTo(2).orElseThrow().text())
			.isEqualTo("The review started in June and has covered most grants so far.");
		assertThat(draft.unplaced()).extracting(UnplacedPassage::quote)
			.containsExactly("Please find my response in the annex.");
	}

	@Test
	void readsRecommendationLinesThatGiveOnlyTheAddressees() {
		LetterDraft draft = this.parser.parse(letter("""
				Recommendation 1. To all councils

				We agree.

				**Recommendation 2. To the Department for Housing
				This letter answers recommendation 2.**

				We have written to the Department.
				"""));
		assertThat(draft.shapes()).containsExactly(AskShape.RECOMMENDATION_ADDRESSEES);
		assertThat(draft.asks()).extracting(DraftAsk::addresseeText)
			.containsExactly("To all councils", "To the Department for Housing");
		assertThat(draft.asks()).extracting(DraftAsk::text).containsOnlyNulls();
		assertThat(draft.responseTo(2).orElseThrow().text())
			.isEqualTo("This letter answers recommendation 2.\n\nWe have written to the Department.");
		assertThat(draft.responseTo(2).orElseThrow().quote()).isEqualTo("This letter answers recommendation 2.");
	}

	@Test
	void matchesEachSectionToTheQuestionItAnswersByWording() {
		LetterDraft draft = this.parser.parse(letter("""
				You asked for the following:

				- The number of homes built on public land since 2020;
				- An explanation of how tenants are consulted; and
				- The timetable for the review of rough sleeping services

				**Rough sleeping services review: timetable**

				The review reports in July.

				***Homes built on public land since 2020***

				We have built 1,250 homes.

				**Consultation**

				An explanation of how tenants are consulted

				Tenants are consulted twice a year.

				If you require anything further, please let me know.
				"""));
		assertThat(draft.shapes()).containsExactly(AskShape.QUESTION_LIST);
		assertThat(draft.asks()).extracting(DraftAsk::number).containsExactlyInAnyOrder(1, 2, 3);
		assertThat(draft.asks()).filteredOn((a) -> a.number() == 2).singleElement().satisfies((a) -> {
			assertThat(a.text()).isEqualTo("An explanation of how tenants are consulted");
			assertThat(a.title()).isEqualTo("Consultation");
		});
		assertThat(draft.responseTo(1).orElseThrow().text()).isEqualTo("We have built 1,250 homes.");
		assertThat(draft.responseTo(2).orElseThrow().text()).isEqualTo("Tenants are consulted twice a year.");
		assertThat(draft.responseTo(3).orElseThrow().text()).isEqualTo("The review reports in July.");
		assertThat(draft.figures()).extracting(DraftFigure::value, DraftFigure::askNumber)
			.contains(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1250"), 1));
	}

	@Test
	void readsItemsAgreedAtAMeetingEachFollowedByItsAnswer() {
		LetterDraft draft = this.parser.parse(letter("""
				At the meeting I undertook to send the Committee the following information:

				Details of the budget for temporary accommodation.

				The budget is £12.5m this year.

				An update on the new allocations policy.

				The policy was adopted in April.

				I hope this is helpful.
				"""));
		assertThat(draft.shapes()).containsExactly(AskShape.AGREED_ITEMS);
		assertThat(draft.asks()).extracting(DraftAsk::text)
			.containsExactly("Details of the budget for temporary accommodation.",
					"An update on the new allocations policy.");
		assertThat(draft.responseTo(2).orElseThrow().text()).isEqualTo("The policy was adopted in April.");
		assertThat(draft.unplaced()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					In total, £11.4m has been awarded.                    | 11400000 | GBP     | EXACT       | £11.4m
					It totals c. £20m for London.                          | 20000000 | GBP     | APPROXIMATE | c. £20m
					We awarded just under £3m to them.                     | 3000000  | GBP     | LESS_THAN   | just under £3m
					The pilot cost £364k.                                  | 364000   | GBP     | EXACT       | £364k
					The allocation is £72,285,000.                         | 72285000 | GBP     | EXACT       | £72,285,000
					The Mayor announced £6 million of investment.          | 6000000  | GBP     | EXACT       | £6 million
					It is a record investment of over £100m.               | 100000000| GBP     | MORE_THAN   | over £100m
					We leveraged nearly £6m from the Home Office.          | 6000000  | GBP     | NEARLY      | nearly £6m
					Each network will receive up to £750,000 funding.      | 750000   | GBP     | UP_TO       | up to £750,000
					Engagement levels are above 70%.                       | 70       | PERCENT | MORE_THAN   | above 70%
					We funded a minimum of 60% of them.                    | 60       | PERCENT | MINIMUM     | a minimum of 60%
					The service saw 1,665 detainees.                       | 1665     | PEOPLE  | EXACT       | 1,665
					We added 52 providers.                                 | 52       | COUNT   | EXACT       | 52
					There are three procurement lots.                      | 3        | COUNT   | EXACT       | three
					It agreed a three-year funding settlement.             | 3        | YEARS   | EXACT       | three
					Projects run for a 12-month period.                    | 12       | MONTHS  | EXACT       | 12
					Approximately half of all visits are virtual.          | 50       | PERCENT | APPROXIMATE | Approximately half
					""")
	void readsFiguresWithTheirHedges(String sentence, BigDecimal value, FigureUnit unit, Qualifier qualifier,
			String asWritten) {
		List<DraftFigure> figures = figuresIn(sentence);
		assertThat(figures).singleElement().satisfies((f) -> {
			assertThat(f.value()).isEqualByComparingTo(value);
			assertThat(f.unit()).isEqualTo(unit);
			assertThat(f.qualifier()).isEqualTo(qualifier);
			assertThat(f.asWritten()).isEqualTo(asWritten);
			assertThat(f.quote()).isEqualTo(sentence);
		});
	}

	@Test
	void aRangeBetweenTwoAmountsGivesItsBounds() {
		assertThat(figuresIn("Applicants can apply for between £10,000 and £100,000."))
			.extracting(DraftFigure::value, DraftFigure::qualifier)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("10000"), Qualifier.MINIMUM),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("100000"), Qualifier.MAXIMUM));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			From 1 April 2019, a new service was commissioned.
			Recommendation 8 is accepted in full.
			Lot 2 provides infrastructure and Lot 3 coordination.
			An examination of Outcomes 15 and 16 is due.
			The Domestic Abuse Act 2021 now recognises children.
			It will also apply any 2022-23 underspend to reform.
			See https://example.org/2021/07/report-2020.pdf for more.
			One of the barriers is the lack of trust.
			""")
	void numbersThatAreNotFiguresAreLeftAlone(String sentence) {
		assertThat(figuresIn(sentence)).isEmpty();
	}

	@Test
	void figuresTakeTheNearestPeriod() {
		List<DraftFigure> figures = figuresIn("We leveraged nearly £6m since October 2020, and we will continue with "
				+ "£2.5m already confirmed for this financial year (2022-23).");
		assertThat(figures.get(0).period().text()).isEqualTo("since October 2020");
		assertThat(figures.get(0).period().from()).isEqualTo(LocalDate.of(2020, 10, 1));
		assertThat(figures.get(1).period().text()).isEqualTo("this financial year (2022-23)");
		assertThat(figures.get(1).period().from()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(figures.get(1).period().to()).isEqualTo(LocalDate.of(2023, 3, 31));
	}

	@Test
	void readsTablesByColumnWithTheirUnitsAndPeriods() {
		LetterDraft draft = this.parser.parse(letter("""
				The uplifts are set out below.

				Item\t2024-25 £m\t2025-26 £m
				200 additional wardens\t4.5\t6
				Total\t4.5\t6

				Visits\tTotal visits\tVirtual visits
				April 2023 – March 2024 *\t1,204\t310
				"""));
		assertThat(draft.figures()).extracting(DraftFigure::value, DraftFigure::unit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("200"), FigureUnit.COUNT),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("4500000"), FigureUnit.GBP),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("6000000"), FigureUnit.GBP),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("4500000"), FigureUnit.GBP),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("6000000"), FigureUnit.GBP),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("1204"), FigureUnit.COUNT),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("310"), FigureUnit.COUNT));
		DraftFigure wardens = draft.figures().get(2);
		assertThat(wardens.period().text()).isEqualTo("2025-26");
		assertThat(wardens.metric()).isEqualTo("2025-26 £m: 200 additional wardens");
		assertThat(wardens.quote()).isEqualTo("200 additional wardens\t4.5\t6");
		DraftFigure visits = draft.figures().get(5);
		assertThat(visits.period().from()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(visits.period().to()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(visits.metric()).isEqualTo("Total visits");
	}

	@Test
	void recognisesKnownProgrammesByNameOrAliasOnWordBoundaries() {
		List<KnownProgramme> known = List.of(new KnownProgramme("programme/pathway", "Pathway", List.of()),
				new KnownProgramme("programme/housing-plan", "Housing Action Plan", List.of("Action Plan")),
				new KnownProgramme("programme/tenant-plan", "Tenant Action Plan", List.of()),
				new KnownProgramme("programme/rough-sleeping-fund", "Rough Sleeping Fund",
						List.of("Mayor’s Rough Sleeping Fund")));
		LetterDraft draft = this.parser.parse(letter("""
				**Recommendation 1**

				**The Mayor should act.**

				We fund Pathway, which helps people find a pathway into work, through the Mayor's Rough Sleeping Fund.
				The TENANT ACTION PLAN and the action plan both apply. Pathways are many; the Pathwayfinder is not ours.
				"""), ImportHints.none().withProgrammes(known));
		assertThat(draft.programmes()).extracting(ProgrammeMention::programmeId, ProgrammeMention::matched)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("programme/pathway", "Pathway"),
					org.assertj.core.groups.Tuple.tuple("programme/rough-sleeping-fund", "Mayor's Rough Sleeping Fund"),
					org.assertj.core.groups.Tuple.tuple("programme/tenant-plan", "TENANT ACTION PLAN"),
					org.assertj.core.groups.Tuple.tuple("programme/housing-plan", "action plan"),
					org.assertj.core.groups.Tuple.tuple("programme/pathway", "Pathways"));
		assertThat(draft.responseTo(1).orElseThrow().programmeIds()).containsExactly("programme/pathway",
				"programme/rough-sleeping-fund", "programme/tenant-plan", "programme/housing-plan");
	}

	@Test
	void labelsAndNamesGluedTogetherByTheConversionAreSeparated() {
		LetterDraft draft = this.parser.parse("""
				MAYOR OF LONDONSam Poe AM
				Chair of the Transport Committee

				Our ref: XYZ100124-55Date: 3 March 2024

				Dear Sam,

				Thank you for your letter.

				Yours sincerely,

				A handwritten signature in blue ink, appearing to read 'Ann Smith', above the name.Ann Smith

				Chief Executive
				""");
		assertThat(draft.reference().value()).isEqualTo("XYZ100124-55");
		assertThat(draft.date().value()).isEqualTo(LocalDate.of(2024, 3, 3));
		assertThat(draft.recipients().get(0).name()).isEqualTo("Sam Poe AM");
		assertThat(draft.signatory().name()).isEqualTo("Ann Smith");
		assertThat(draft.signatory().role()).isEqualTo("Chief Executive");
		assertThat(draft.signatory().confidence().score()).isLessThan(0.7);
	}

	@Test
	void agreedItemsWrittenAsBulletsAreStillItems() {
		LetterDraft draft = this.parser.parse(letter("""
				I agreed to provide the Committee with the following information:

				- Further information on the repairs backlog.

				The backlog has fallen by 12% since January 2024.

				- A list of the estates inspected.

				We inspected every estate.
				"""));
		assertThat(draft.shapes()).containsExactly(AskShape.AGREED_ITEMS);
		assertThat(draft.asks()).extracting(DraftAsk::text)
			.containsExactly("Further information on the repairs backlog.", "A list of the estates inspected.");
		assertThat(draft.responseTo(1).orElseThrow().text())
			.isEqualTo("The backlog has fallen by 12% since January 2024.");
		assertThat(draft.figures()).singleElement().satisfies((f) -> {
			assertThat(f.value()).isEqualByComparingTo("12");
			assertThat(f.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
		});
	}

	@Test
	void windowsLineEndingsReadTheSame() {
		String text = letter("Thank you for your letter of 20 March.");
		LetterDraft unix = this.parser.parse(text);
		LetterDraft windows = this.parser.parse(text.replace("\n", "\r\n"));
		assertThat(windows.reference()).isEqualTo(unix.reference());
		assertThat(windows.inReplyTo()).isEqualTo(unix.inReplyTo());
		assertThat(windows.signatory()).isEqualTo(unix.signatory());
	}

	private List<DraftFigure> figuresIn(String sentence) {
		return this.parser.parse(letter(sentence)).figures();
	}

}
