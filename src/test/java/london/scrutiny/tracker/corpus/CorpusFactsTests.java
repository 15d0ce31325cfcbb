package london.scrutiny.tracker.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import london.scrutiny.tracker.ApiTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Facts from the five corpus documents, each read back through the GraphQL API over HTTP
 * field by field: what a user asking the tracker would see. The expected values are the
 * documents' own words and numbers.
 */
@ApiTest
class CorpusFactsTests {

	private static final String D3666 = "letter/MOPAC120421-D3666";

	private static final String VAWG_LETTER = "letter/MGLA230322-7616";

	private static final String C4495 = "letter/MOPAC090223-C4495";

	private static final String ANNUAL_REPORT = "mopac-annual-report-2019-20";

	private static final String D3912 = "letter/MOPAC301121-D3912";

	private static final String FIGURE_FIELDS = "metric value unit qualifier period { from to text }";

	private static final String EVIDENCE_QUERY = """
			query($documentId: ID, $text: String, $hasContrast: Boolean) {
			  evidence(filter: { documentId: $documentId, text: $text, hasContrast: $hasContrast }, first: 100) {
			    edges { node {
			      id statement figures { %1$s }
			      source { quote locator document { id } }
			      programmes { id } recommendations { id }
			      contrasts { id figures { %1$s } source { quote document { id } } }
			      contrastNote
			    } }
			  }
			}""".formatted(FIGURE_FIELDS);

	private static final String LETTER_QUERY = """
			query($reference: String!) {
			  letter(reference: $reference) {
			    id reference referenceAsWritten sentOn acknowledgesDelay delaySource { quote }
			    from { name role person { id name postNominals } organisation { id kind } }
			    to { name role person { id name postNominals } organisation { id kind } }
			    cc { name role person { id name postNominals } organisation { id kind } }
			    inReplyTo { date how source { quote } reports { id kind title } }
			    responses { recommendation { id number kind } }
			  }
			}""";

	private static final String REPORT_QUERY = """
			query($id: ID!) {
			  report(id: $id) {
			    id kind title publishedOn requestedOn text period { from to text } author { organisation { id } }
			    recommendations { id number kind } letters { id }
			  }
			}""";

	private static final String RECOMMENDATION_QUERY = """
			query($id: ID!) {
			  recommendation(id: $id) {
			    id number kind text addresseeText deadline { date precision text }
			    addressees { id name shortName kind aliases }
			    responses { letter { id } commitments { text due { date precision text } } }
			  }
			}""";

	private static final String PROGRAMME_QUERY = """
			query($id: ID!) {
			  programme(id: $id) {
			    id name kind aliases places startedOn { date precision text }
			    funding { amount currency qualifier period { from to text } funder { id } }
			    recommendations { id } letters { id } sources { document { id } }
			  }
			}""";

	@Autowired
	private HttpGraphQlTester graphQl;

	// letter MOPAC120421-D3666 (corpus 000): five action points of the meeting of 17
	// March 2021

	@Test
	void d3666RepliesToTheChairsLetterOf12April2021AndApologisesForTheDelay() {
		Letter letter = letter("MOPAC120421-D3666");
		assertThat(letter.id()).isEqualTo(D3666);
		assertThat(letter.sentOn()).isEqualTo(LocalDate.of(2021, 6, 7));
		assertThat(letter.inReplyTo().date()).isEqualTo(LocalDate.of(2021, 4, 12));
		assertThat(letter.inReplyTo().how()).isEqualTo("STATED");
		assertThat(letter.inReplyTo().source().quote()).startsWith("Thank you for your letter of 12 April");
		assertThat(letter.inReplyTo().reports()).extracting(Report::id).containsExactly("pcc-2021-03-17");
		assertThat(letter.acknowledgesDelay()).isTrue();
		assertThat(letter.delaySource().quote())
			.isEqualTo("Please accept my apologies for the delay in responding to you.");
	}

	@Test
	void d3666IsSignedByTheDeputyMayorToTheFormerChairAndCopiedToTheNewChair() {
		Letter letter = letter("MOPAC120421-D3666");
		assertThat(letter.from().name()).isEqualTo("Sophie Linden");
		assertThat(letter.from().role()).isEqualTo("Deputy Mayor for Policing and Crime");
		assertThat(letter.from().person().id()).isEqualTo("person/sophie-linden");
		assertThat(letter.to()).extracting(Party::name, Party::role)
			.containsExactly(tuple("Unmesh Desai AM", "former Chair of the Police and Crime Committee"));
		assertThat(letter.cc()).extracting(Party::name, Party::role)
			.containsExactly(tuple("Shaun Bailey", "Chair of the Police and Crime Committee"));
	}

	@Test
	void theMeetingOf17March2021MadeFiveActionPointsThatD3666Answers() {
		Report meeting = report("pcc-2021-03-17");
		assertThat(meeting.kind()).isEqualTo("COMMITTEE_MEETING");
		assertThat(meeting.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 17));
		assertThat(meeting.requestedOn()).isEqualTo(LocalDate.of(2021, 4, 12));
		assertThat(meeting.recommendations()).extracting(Ask::number, Ask::kind)
			.containsExactlyElementsOf(numbered(5, "ACTION"));
		assertThat(meeting.letters()).extracting(Letter::id).containsExactly(D3666);
	}

	@Test
	void theCustodyVisitTableGivesVisitsAndDetaineesForApril2020ToMarch2021() {
		List<Figure> figures = figures(D3666, "Total detainees in custody");
		assertThat(figures).extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("592"), "COUNT", "EXACT"),
					tuple(new BigDecimal("263"), "COUNT", "EXACT"), tuple(new BigDecimal("1665"), "PEOPLE", "EXACT"),
					tuple(new BigDecimal("15978"), "PEOPLE", "EXACT"));
		assertThat(figures).allSatisfy((f) -> {
			assertThat(f.period().from()).isEqualTo(LocalDate.of(2020, 4, 1));
			assertThat(f.period().to()).isEqualTo(LocalDate.of(2021, 3, 31));
			assertThat(f.period().text()).startsWith("April 2020 – March 2021");
		});
	}

	@Test
	void theClaimedHalvingOfCustodyVisitsIsContrastedWithTheAnnualReports990Visits() {
		Evidence claim = single(evidence(D3666, "50% reduction in the total number of visits", null));
		assertThat(claim.figures()).extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("50"), "PERCENT", "EXACT"));
		assertThat(claim.contrasts()).anySatisfy((contrast) -> {
			assertThat(contrast.source().document().id()).isEqualTo(ANNUAL_REPORT);
			assertThat(contrast.figures()).extracting(Figure::value, Figure::unit)
				.contains(tuple(new BigDecimal("990"), "COUNT"), tuple(new BigDecimal("994"), "COUNT"));
		});
		assertThat(claim.contrastNote()).contains("990");
	}

	@Test
	void myEndsHasSixMillionPoundsForEightConsortiumsInEightBoroughs() {
		Programme myEnds = programme("programme/myends");
		assertThat(myEnds.name()).isEqualTo("MyEnds");
		assertThat(myEnds.places()).containsExactlyInAnyOrder("Brent", "Lambeth", "Croydon", "Hackney", "Haringey",
				"Newham", "Southwark", "Tower Hamlets");
		assertThat(myEnds.funding()).extracting(Funding::amount, Funding::qualifier, Funding::funderId)
			.containsExactlyInAnyOrder(tuple(new BigDecimal("6000000"), "EXACT", "org/mayor-of-london"),
					tuple(new BigDecimal("750000"), "UP_TO", null));
		assertThat(figures(D3666, "8 consortiums")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("6000000"), "GBP"), tuple(new BigDecimal("8"), "COUNT"));
		assertThat(myEnds.recommendations()).extracting(Ask::id).containsExactly("pcc-2021-03-17/5");
	}

	@Test
	void eighteenOfTheLvwsFortyFivePointFiveIdvasWorkInSixteenHospitals() {
		assertThat(figures(D3666, "18 of the 45.5 IDVAs")).extracting(Figure::value, Figure::unit)
			.contains(tuple(new BigDecimal("18"), "COUNT"), tuple(new BigDecimal("45.5"), "COUNT"),
					tuple(new BigDecimal("16"), "COUNT"));
	}

	@Test
	void theMajorTraumaCentreServiceSupported130YoungPeopleAcrossFourSites() {
		assertThat(figures(D3666, "supported 130 young people across four sites"))
			.extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("130"), "PEOPLE"), tuple(new BigDecimal("4"), "COUNT"));
		assertThat(figures(D3666, "55 referrals into the Multi-Agency Risk Assessment Conference"))
			.extracting(Figure::value, Figure::unit)
			.contains(tuple(new BigDecimal("55"), "COUNT"));
	}

	@Test
	void engagementAfterHospitalReferralsIsMoreThan70Percent() {
		assertThat(figures(D3666, "engagement levels following referrals are above 70%"))
			.extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("70"), "PERCENT", "MORE_THAN"));
	}

	// letter MGLA230322-7616 (corpus 001): the Mayor's answer to the 14 VAWG
	// recommendations

	@Test
	void vawgRecommendationSixFallsDueBySeptember2022() {
		Ask six = recommendation("pcc-2022-vawg/6");
		assertThat(six.text())
			.startsWith("MOPAC must demonstrate, by September 2022, that it has robust performance monitoring");
		assertThat(six.deadline().date()).isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(six.deadline().precision()).isEqualTo("MONTH");
		assertThat(six.deadline().text()).isEqualTo("by September 2022");
		assertThat(six.addressees()).extracting(Organisation::id).containsExactly("org/mopac");
	}

	@Test
	void theMayorsVawgLetterIsDatedFromItsReferenceAndApologisesForTheDelay() {
		Letter letter = letter("MGLA230322-7616");
		assertThat(letter.sentOn()).isEqualTo(LocalDate.of(2022, 8, 18));
		assertThat(letter.from().name()).isEqualTo("Sadiq Khan");
		assertThat(letter.from().role()).isEqualTo("Mayor of London");
		assertThat(letter.to()).extracting(Party::name).containsExactly("Susan Hall AM");
		assertThat(letter.inReplyTo().date()).isEqualTo(LocalDate.of(2022, 3, 23));
		assertThat(letter.inReplyTo().how()).isEqualTo("DERIVED_FROM_REFERENCE");
		assertThat(letter.acknowledgesDelay()).isTrue();
		assertThat(letter.delaySource().quote()).isEqualTo("I am sorry for the delay in responding.");
	}

	@Test
	void allFourteenVawgRecommendationsAreAnsweredByTheMayorsLetter() {
		Report vawg = report("pcc-2022-vawg");
		assertThat(vawg.kind()).isEqualTo("COMMITTEE_REPORT");
		assertThat(vawg.text()).as("the report itself is not in the corpus").isNull();
		assertThat(vawg.recommendations()).extracting(Ask::number, Ask::kind)
			.containsExactlyElementsOf(numbered(14, "RECOMMENDATION"));
		assertThat(vawg.letters()).extracting(Letter::id).containsExactly(VAWG_LETTER);
		assertThat(letter("MGLA230322-7616").responses()).hasSize(14);
	}

	@Test
	void elevenPointFourMillionPoundsWasAwardedOnTheSafeAccommodationFramework() {
		Evidence awarded = single(evidence(VAWG_LETTER, "£11.4m has been awarded so far", null));
		assertThat(awarded.figures()).extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("11400000"), "GBP", "EXACT"),
					tuple(new BigDecimal("3600000"), "GBP", "EXACT"));
		assertThat(awarded.recommendations()).extracting(Ask::id).containsExactly("pcc-2022-vawg/10");
		assertThat(awarded.programmes()).extracting(Programme::id)
			.containsExactly("programme/domestic-abuse-safe-accommodation-framework");
	}

	@Test
	void theRecordVawgInvestmentIsOverOneHundredMillionWithSeventeenPointSevenMillionMore() {
		assertThat(figures(VAWG_LETTER, "record investment of over £100m"))
			.extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactlyInAnyOrder(tuple(new BigDecimal("100000000"), "GBP", "MORE_THAN"),
					tuple(new BigDecimal("17700000"), "GBP", "EXACT"));
	}

	@Test
	void driveLinksBackToVawgRecommendation13AndTheMayorsLetter() {
		Programme drive = programme("programme/drive");
		assertThat(drive.name()).isEqualTo("Drive");
		assertThat(drive.recommendations()).extracting(Ask::id).containsExactly("pcc-2022-vawg/13");
		assertThat(drive.letters()).extracting(Letter::id).containsExactly(VAWG_LETTER);
		assertThat(drive.sources()).extracting((s) -> s.document().id()).contains(VAWG_LETTER, ANNUAL_REPORT);
		assertThat(drive.funding()).extracting(Funding::amount, Funding::currency, Funding::funderId)
			.contains(tuple(new BigDecimal("364000"), "GBP", "org/mopac"));
	}

	@Test
	void perpetratorProgrammesGotNearlySixMillionSinceOctober2020AndTwoPointFiveMillionFor2022To23() {
		assertThat(figures(VAWG_LETTER, "leveraging nearly £6m"))
			.extracting(Figure::value, Figure::qualifier, Figure::periodFrom, Figure::periodTo)
			.containsExactlyInAnyOrder(
					tuple(new BigDecimal("6000000"), "NEARLY", LocalDate.of(2020, 10, 1), LocalDate.of(2022, 8, 18)),
					tuple(new BigDecimal("2500000"), "EXACT", LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
	}

	@Test
	void theStalkingThreatAssessmentCentreIsFoundAsBothSTacAndStac() {
		Programme stac = programme("programme/stalking-threat-assessment-centre");
		assertThat(stac.name()).isEqualTo("Stalking Threat Assessment Centre");
		assertThat(stac.aliases()).contains("S-TAC", "STAC");
		assertThat(programmeIdsMatching("S-TAC")).containsExactly(stac.id());
		assertThat(stac.recommendations()).extracting(Ask::id).contains("pcc-2022-vawg/13");
	}

	@Test
	void theNrpfProgrammeHadAboutTwoMillionSince2019AndWasExtendedUntilSeptember2022() {
		Programme nrpf = programme("programme/nrpf-support-programme");
		assertThat(nrpf.funding()).extracting(Funding::amount, Funding::qualifier)
			.containsExactly(tuple(new BigDecimal("2000000"), "APPROXIMATE"));
		assertThat(nrpf.startedOn().precision()).isEqualTo("YEAR");
		assertThat(nrpf.startedOn().date()).isEqualTo(LocalDate.of(2019, 12, 31));
		Commitment extended = recommendation("pcc-2022-vawg/11").responses().get(0).commitments().get(0);
		assertThat(extended.text()).startsWith("The service has been extended until September 2022");
		assertThat(extended.due().date()).isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(extended.due().precision()).isEqualTo("MONTH");
	}

	@Test
	void theGrassrootsFundGivesAtLeast60PercentToByAndForGroupsAndAtMost40ToOthers() {
		assertThat(figures(VAWG_LETTER, "a minimum of 60% of funding"))
			.extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("60"), "PERCENT", "MINIMUM"),
					tuple(new BigDecimal("40"), "PERCENT", "MAXIMUM"));
	}

	@Test
	void theMetResolvesToTheMetropolitanPoliceServiceAsAnAddressee() {
		Ask four = recommendation("pcc-2022-vawg/4");
		assertThat(four.text()).startsWith("The Met must listen");
		assertThat(four.addressees()).singleElement().satisfies((mps) -> {
			assertThat(mps.id()).isEqualTo("org/mps");
			assertThat(mps.name()).isEqualTo("Metropolitan Police Service");
			assertThat(mps.aliases()).contains("the Met", "MPS");
		});
		List<String> addressedToTheMet = this.graphQl.document("""
				{ recommendations(filter: { addresseeId: ["org/mps"] }, first: 100) { edges { node { id } } } }""")
			.execute()
			.path("recommendations.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(addressedToTheMet).containsExactly("pcc-2022-vawg/1", "pcc-2022-vawg/2", "pcc-2022-vawg/4");
	}

	// letter MOPAC090223-C4495 (corpus 002): information agreed at the meeting of 25
	// January 2023

	@Test
	void aReferenceTypedWithAStraySpaceFindsTheChiefExecutivesLetter() {
		Letter letter = letter("MOPAC090223- C4495");
		assertThat(letter.id()).isEqualTo(C4495);
		assertThat(letter.reference()).isEqualTo("MOPAC090223-C4495");
		assertThat(letter.referenceAsWritten()).isEqualTo("MOPAC090223- C4495");
		assertThat(letter.sentOn()).isEqualTo(LocalDate.of(2023, 5, 4));
		assertThat(letter.from().role()).isEqualTo("Chief Executive");
		assertThat(letter.from().person().name()).isEqualTo("Diana Luchford");
		assertThat(letter.from().person().postNominals()).isEqualTo("CB");
		assertThat(letter.from().organisation().id()).isEqualTo("org/mopac");
		assertThat(letter.acknowledgesDelay()).isFalse();
	}

	@Test
	void theJanuary2023MeetingsTwoActionPointsAreAnsweredByC4495() {
		Report meeting = report("pcc-2023-01-25");
		assertThat(meeting.kind()).isEqualTo("COMMITTEE_MEETING");
		assertThat(meeting.publishedOn()).isEqualTo(LocalDate.of(2023, 1, 25));
		assertThat(meeting.recommendations()).extracting(Ask::number, Ask::kind)
			.containsExactlyElementsOf(numbered(2, "ACTION"));
		assertThat(meeting.letters()).extracting(Letter::id).containsExactly(C4495);
	}

	@Test
	void theTurnaroundTableFunds500PcsosWith21Point8And26Point8MillionPounds() {
		assertThat(figures(C4495, "500 additional PCSOs"))
			.extracting(Figure::value, Figure::unit, Figure::periodFrom, Figure::periodTo)
			.containsExactly(tuple(new BigDecimal("500"), "COUNT", null, null),
					tuple(new BigDecimal("21800000"), "GBP", LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
					tuple(new BigDecimal("26800000"), "GBP", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)));
	}

	@Test
	void theTurnaroundFundingTotals44Point3And49Point3MillionPounds() {
		assertThat(figures(C4495, "Total turn around funding"))
			.extracting(Figure::value, Figure::unit, Figure::periodText)
			.containsExactly(tuple(new BigDecimal("44300000"), "GBP", "2023-24"),
					tuple(new BigDecimal("49300000"), "GBP", "2024-25"));
	}

	@Test
	void domesticAbuseDutyFundingForLondonIsAboutTwentyMillionPounds() {
		assertThat(figures(C4495, "totals c. £20m for London"))
			.extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("20000000"), "GBP", "APPROXIMATE"));
	}

	@Test
	void theSafeAccommodationFrameworkHas52UniqueProvidersAnd70Services() {
		assertThat(figures(C4495, "52 unique providers")).extracting(Figure::value, Figure::unit)
			.contains(tuple(new BigDecimal("52"), "COUNT"), tuple(new BigDecimal("67"), "COUNT"));
		assertThat(figures(C4495, "A total of 70 services")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("70"), "COUNT"));
	}

	@Test
	void lotTwoIsElevenPointFiveMillionPoundsForAbout7000Survivors() {
		Evidence lot2 = single(evidence(C4495, "Lot 2 comprises £11.5m", null));
		assertThat(lot2.figures()).extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("11500000"), "GBP", "EXACT"),
					tuple(new BigDecimal("7000"), "PEOPLE", "APPROXIMATE"),
					tuple(new BigDecimal("6000"), "PEOPLE", "LESS_THAN"));
		assertThat(lot2.contrasts()).extracting(Evidence::id).contains("evidence/MGLA230322-7616/dasaf-awarded-total");
	}

	@Test
	void pieFundGrantsRunFromTenThousandToOneHundredThousandPoundsForTwelveMonths() {
		assertThat(figures(C4495, "between £10,000 and £100,000"))
			.extracting(Figure::value, Figure::unit, Figure::qualifier)
			.containsExactly(tuple(new BigDecimal("10000"), "GBP", "MINIMUM"),
					tuple(new BigDecimal("100000"), "GBP", "MAXIMUM"), tuple(new BigDecimal("12"), "MONTHS", "EXACT"));
		assertThat(figures(C4495, "a £750,000 fund")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("750000"), "GBP"));
	}

	// MOPAC Annual Report 2019/20 (corpus 003)

	@Test
	void theAnnualReportCoversTheFinancialYear2019To20() {
		Report annual = report(ANNUAL_REPORT);
		assertThat(annual.kind()).isEqualTo("ANNUAL_REPORT");
		assertThat(annual.period().from()).isEqualTo(LocalDate.of(2019, 4, 1));
		assertThat(annual.period().to()).isEqualTo(LocalDate.of(2020, 3, 31));
		assertThat(annual.author().organisation().id()).isEqualTo("org/mopac");
		assertThat(annual.recommendations()).isEmpty();
		assertThat(annual.text()).contains("2019/20 Annual Report");
	}

	@Test
	void theLondonCrimePreventionFundAllocationIsExactly72285000PoundsOverFourYears() {
		Programme lcpf = programme("programme/london-crime-prevention-fund");
		assertThat(lcpf.aliases()).contains("LCPF");
		assertThat(lcpf.funding()).singleElement().satisfies((line) -> {
			assertThat(line.amount()).isEqualTo(new BigDecimal("72285000"));
			assertThat(line.currency()).isEqualTo("GBP");
			assertThat(line.period().from()).isEqualTo(LocalDate.of(2017, 4, 1));
			assertThat(line.period().to()).isEqualTo(LocalDate.of(2021, 3, 31));
		});
		assertThat(figures(ANNUAL_REPORT, "is £72,285,000")).extracting(Figure::value, Figure::unit)
			.contains(tuple(new BigDecimal("72285000"), "GBP"));
	}

	@Test
	void custodyVisitorsMade990Of994ScheduledVisitsIn2019To20With224Volunteers() {
		assertThat(figures(ANNUAL_REPORT, "A total of 990 visits")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("990"), "COUNT"), tuple(new BigDecimal("99"), "PERCENT"),
					tuple(new BigDecimal("994"), "COUNT"));
		assertThat(figures(ANNUAL_REPORT, "with 224 volunteers")).extracting(Figure::value)
			.containsExactly(new BigDecimal("224"));
	}

	@Test
	void officerNumbersRoseTo31745AfterAnExtra234MillionPounds() {
		assertThat(figures(ANNUAL_REPORT, "increased to 31,745 officers")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("31745"), "COUNT"));
		assertThat(figures(ANNUAL_REPORT, "an additional £234m to the MPS")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("234000000"), "GBP"));
	}

	@Test
	void theViolentCrimeTaskForceRecovered1647KnivesIn15843Sweeps() {
		assertThat(figures(ANNUAL_REPORT, "the command carried out 15,843 weapons sweeps")).extracting(Figure::value)
			.containsExactly(new BigDecimal("15843"), new BigDecimal("1647"), new BigDecimal("1097"),
					new BigDecimal("9694"));
	}

	@Test
	void stacHad258ReferralsIn2019To20AndAnExtra672ThousandPounds() {
		assertThat(figures(ANNUAL_REPORT, "258 cases were referred to STAC")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("258"), "COUNT"), tuple(new BigDecimal("81"), "COUNT"));
		assertThat(figures(ANNUAL_REPORT, "An additional £672k")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("672000"), "GBP"));
	}

	@Test
	void driveHad170ReferralsWith81PercentOfPerpetratorsEngaging() {
		Evidence drive = single(evidence(ANNUAL_REPORT, "had received 170 referrals", null));
		assertThat(drive.figures()).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("170"), "COUNT"), tuple(new BigDecimal("81"), "PERCENT"));
		assertThat(drive.programmes()).extracting(Programme::id).contains("programme/drive");
	}

	@Test
	void mopacGivesTheSexualAssaultReferralCentres2Point165MillionPoundsAYear() {
		assertThat(figures(ANNUAL_REPORT, "contributes £2.165 million annually"))
			.extracting(Figure::value, Figure::unit)
			.contains(tuple(new BigDecimal("2165000"), "GBP"), tuple(new BigDecimal("3"), "COUNT"));
	}

	@Test
	void theYoungLondonersFundIs70MillionPoundsWith16Point4MillionMoreFor74Projects() {
		assertThat(figures(ANNUAL_REPORT, "further £16.4million investment")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("16400000"), "GBP"));
		assertThat(figures(ANNUAL_REPORT, "a further 74 community projects")).extracting(Figure::value, Figure::unit)
			.contains(tuple(new BigDecimal("74"), "COUNT"), tuple(new BigDecimal("70000000"), "GBP"));
	}

	// letter MOPAC301121-D3912 (corpus 004): MOPAC's answer to HMICFRS's "Safe to share?"
	// recommendations

	@Test
	void d3912AnswersTheEightRecommendationsOfSafeToShare() {
		Letter letter = letter("MOPAC301121-D3912");
		assertThat(letter.sentOn()).isEqualTo(LocalDate.of(2021, 12, 3));
		assertThat(letter.from().name()).isEqualTo("Sophie Linden");
		assertThat(letter.to()).singleElement().satisfies((to) -> {
			assertThat(to.organisation().id()).isEqualTo("org/hmicfrs");
			assertThat(to.organisation().kind()).isEqualTo("INSPECTORATE");
		});
		assertThat(letter.inReplyTo().reports()).singleElement().satisfies((report) -> {
			assertThat(report.id()).isEqualTo("hmicfrs-2021-safe-to-share");
			assertThat(report.kind()).isEqualTo("SUPER_COMPLAINT_REPORT");
			assertThat(report.title()).startsWith("Safe to share?");
		});
		assertThat(letter.responses()).extracting((r) -> r.recommendation().number())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 8).boxed().toList());
		assertThat(letter.acknowledgesDelay()).isFalse();
	}

	@Test
	void hmicfrsRecommendationThreeIsAddressedToTheHomeOfficeAndTheNpccWithoutInventedText() {
		Ask three = recommendation("hmicfrs-2021-safe-to-share/3");
		assertThat(three.text()).as("the corpus lacks the recommendation's words").isNull();
		assertThat(three.addresseeText()).isEqualTo("To the Home Office and the National Police Chiefs' Council");
		assertThat(three.addressees()).extracting(Organisation::id, Organisation::name)
			.containsExactlyInAnyOrder(tuple("org/home-office", "Home Office"),
					tuple("org/npcc", "National Police Chiefs' Council"));
	}

	@Test
	void hmicfrsRecommendationFiveIsAddressedToChiefConstablesAndPccsAsGroups() {
		Ask five = recommendation("hmicfrs-2021-safe-to-share/5");
		assertThat(five.addresseeText())
			.isEqualTo("To chief constables and police and crime commissioners (or equivalents)");
		assertThat(five.addressees()).extracting(Organisation::id, Organisation::kind)
			.containsExactlyInAnyOrder(tuple("org/chief-constables", "ADDRESSEE_GROUP"),
					tuple("org/police-and-crime-commissioners", "ADDRESSEE_GROUP"));
	}

	@Test
	void lockdownAccommodationWas50UnitsWith92Bedspaces24OfThemForNoRecourseToPublicFunds() {
		assertThat(figures(D3912, "MOPAC commissioned 50 units")).extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(new BigDecimal("50"), "COUNT"), tuple(new BigDecimal("92"), "COUNT"),
					tuple(new BigDecimal("24"), "COUNT"));
	}

	@Test
	void safeToReportIsFoundAsContrastingWithTheReportsRealTitleSafeToShare() {
		List<Evidence> contrasted = evidence(null, null, true);
		assertThat(contrasted).allSatisfy((e) -> assertThat(e.contrasts()).isNotEmpty());
		Evidence safeToReport = single(
				contrasted.stream().filter((e) -> e.source().quote().contains("'Safe to Report'")).toList());
		assertThat(safeToReport.source().document().id()).isEqualTo(D3666);
		assertThat(safeToReport.figures()).isEmpty();
		assertThat(safeToReport.contrasts()).singleElement().satisfies((title) -> {
			assertThat(title.source().document().id()).isEqualTo(D3912);
			assertThat(title.source().quote())
				.contains("\"Safe to share? Report on Liberty and Southall Black Sisters'");
		});
	}

	// Links every answer makes, read the other way

	@Test
	void everyProgrammeAnAnswerNamesLinksBackToThatAnswersAskAndLetter() {
		List<Ask> asks = this.graphQl.document("""
				{ recommendations(first: 30) { edges { node {
				    id responses { letter { id } programmes { id recommendations { id } letters { id } } }
				} } } }""").execute().path("recommendations.edges[*].node").entityList(Ask.class).get();
		assertThat(asks).hasSize(29);
		assertThat(asks).allSatisfy((ask) -> assertThat(ask.responses())
			.allSatisfy((response) -> assertThat(response.programmes()).allSatisfy((programme) -> {
				assertThat(programme.recommendations()).as("asks of %s", programme.id())
					.extracting(Ask::id)
					.contains(ask.id());
				assertThat(programme.letters()).as("letters of %s", programme.id())
					.extracting(Letter::id)
					.contains(response.letter().id());
			})));
	}

	// helpers

	private Letter letter(String reference) {
		return this.graphQl.document(LETTER_QUERY)
			.variable("reference", reference)
			.execute()
			.path("letter")
			.entity(Letter.class)
			.get();
	}

	private Report report(String id) {
		return this.graphQl.document(REPORT_QUERY)
			.variable("id", id)
			.execute()
			.path("report")
			.entity(Report.class)
			.get();
	}

	private Ask recommendation(String id) {
		return this.graphQl.document(RECOMMENDATION_QUERY)
			.variable("id", id)
			.execute()
			.path("recommendation")
			.entity(Ask.class)
			.get();
	}

	private Programme programme(String id) {
		return this.graphQl.document(PROGRAMME_QUERY)
			.variable("id", id)
			.execute()
			.path("programme")
			.entity(Programme.class)
			.get();
	}

	private List<String> programmeIdsMatching(String text) {
		return this.graphQl
			.document("query($text: String) { programmes(filter: { text: $text }) { edges { node { id } } } }")
			.variable("text", text)
			.execute()
			.path("programmes.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<Evidence> evidence(String documentId, String text, Boolean hasContrast) {
		return this.graphQl.document(EVIDENCE_QUERY)
			.variable("documentId", documentId)
			.variable("text", text)
			.variable("hasContrast", hasContrast)
			.execute()
			.path("evidence.edges[*].node")
			.entityList(Evidence.class)
			.get();
	}

	/** The figures of the evidence a document states in the words given, in order. */
	private List<Figure> figures(String documentId, String text) {
		List<Evidence> found = evidence(documentId, text, null);
		assertThat(found).as("evidence in %s stating \"%s\"", documentId, text).isNotEmpty();
		return found.stream().flatMap((e) -> e.figures().stream()).toList();
	}

	private static <T> T single(List<T> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private static List<Tuple> numbered(int count, String kind) {
		return IntStream.rangeClosed(1, count).mapToObj((n) -> tuple(n, kind)).toList();
	}

	// What the API returns, as the tests read it

	record Id(String id) {
	}

	record Period(LocalDate from, LocalDate to, String text) {
	}

	record PartialDate(LocalDate date, String precision, String text) {
	}

	record Quote(String quote, String locator, Id document) {
	}

	record Figure(String metric, BigDecimal value, String unit, String qualifier, Period period) {

		LocalDate periodFrom() {
			return (this.period != null) ? this.period.from() : null;
		}

		LocalDate periodTo() {
			return (this.period != null) ? this.period.to() : null;
		}

		String periodText() {
			return (this.period != null) ? this.period.text() : null;
		}

	}

	record Evidence(String id, String statement, List<Figure> figures, Quote source, List<Programme> programmes,
			List<Ask> recommendations, List<Evidence> contrasts, String contrastNote) {
	}

	record Organisation(String id, String name, String shortName, String kind, List<String> aliases) {
	}

	record Person(String id, String name, String postNominals) {
	}

	record Party(String name, String role, Person person, Organisation organisation) {
	}

	record InReplyTo(LocalDate date, String how, Quote source, List<Report> reports) {
	}

	record Commitment(String text, PartialDate due) {
	}

	record Response(Ask recommendation, Letter letter, List<Programme> programmes, List<Commitment> commitments) {
	}

	record Letter(String id, String reference, String referenceAsWritten, LocalDate sentOn, Boolean acknowledgesDelay,
			Quote delaySource, Party from, List<Party> to, List<Party> cc, InReplyTo inReplyTo,
			List<Response> responses) {
	}

	record Ask(String id, Integer number, String kind, String text, String addresseeText, PartialDate deadline,
			List<Organisation> addressees, List<Response> responses) {
	}

	record Report(String id, String kind, String title, LocalDate publishedOn, LocalDate requestedOn, String text,
			Period period, Party author, List<Ask> recommendations, List<Letter> letters) {
	}

	record Funding(BigDecimal amount, String currency, String qualifier, Period period, Id funder) {

		String funderId() {
			return (this.funder != null) ? this.funder.id() : null;
		}

	}

	record Programme(String id, String name, String kind, List<String> aliases, List<String> places,
			PartialDate startedOn, List<Funding> funding, List<Ask> recommendations, List<Letter> letters,
			List<Quote> sources) {
	}

}
