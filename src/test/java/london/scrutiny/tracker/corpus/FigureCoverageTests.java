package london.scrutiny.tracker.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.corpus.FigureCoverage.Reason;
import london.scrutiny.tracker.corpus.FigureCoverage.Report;
import london.scrutiny.tracker.corpus.NumberTokens.Kind;
import london.scrutiny.tracker.corpus.NumberTokens.Skip;
import london.scrutiny.tracker.corpus.NumberTokens.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How many of the numbers in each corpus text the seed holds as figures, as a ratchet:
 * coverage may only go up. Writes the Markdown report {@value #REPORT} on every run.
 * Rerun the report alone with:
 *
 * <pre>
 * ./mvnw -q test -Dtest=FigureCoverageTests
 * </pre>
 */
class FigureCoverageTests {

	static final String REPORT = "target/corpus-coverage.md";

	static final String COMMAND = "./mvnw -q test -Dtest=FigureCoverageTests";

	/**
	 * Coverage measured when this test was written, rounded down to a whole percent:
	 * raise it, never lower it.
	 */
	private static final Map<String, Integer> FLOORS = Map.of("letter/MOPAC120421-D3666", 82, "letter/MGLA230322-7616",
			34, "letter/MOPAC090223-C4495", 85, "mopac-annual-report-2019-20", 94, "letter/MOPAC301121-D3912", 25);

	private static List<Report> reports;

	@BeforeAll
	static void measureAndWriteTheReport() throws IOException {
		reports = FigureCoverage.measure(CuratedSeed.get());
		Path report = Path.of(REPORT);
		Files.createDirectories(report.getParent());
		Files.writeString(report, FigureCoverage.markdown(reports, COMMAND), StandardCharsets.UTF_8);
	}

	@Test
	void everyCorpusDocumentIsMeasuredAndHasAFloor() {
		assertThat(reports).extracting(Report::documentId).containsExactlyInAnyOrderElementsOf(FLOORS.keySet());
		assertThat(Path.of(REPORT)).content().contains("| Document |", "letter/MGLA230322-7616");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "letter/MOPAC120421-D3666", "letter/MGLA230322-7616", "letter/MOPAC090223-C4495",
			"mopac-annual-report-2019-20", "letter/MOPAC301121-D3912" })
	void figureCoverageNeverFallsBelowItsFloor(String documentId) {
		Report report = reportFor(documentId);
		assertThat(report.percent()).as("figure coverage of %s (see %s)", documentId, REPORT)
			.isGreaterThanOrEqualTo(BigDecimal.valueOf(FLOORS.get(documentId)));
	}

	@Test
	void everyUncoveredNumberIsExplainedAsSomethingOtherThanAFigure() {
		assertThat(reports)
			.flatExtracting((r) -> r.uncoveredFor(Reason.NOT_STORED)
				.stream()
				.map((u) -> r.documentId() + ": " + u.context())
				.toList())
			.as("numbers that look like figures but no stored figure covers (see %s)", REPORT)
			.isEmpty();
	}

	private static Report reportFor(String documentId) {
		return reports.stream().filter((r) -> r.documentId().equals(documentId)).findFirst().orElseThrow();
	}

	/** The token rules the report relies on, on small texts. */
	@Nested
	class NumberTokenScanning {

		@Test
		void moneyIsScaledByItsSuffix() {
			assertThat(counted("£11.4m, £364k, £6 million, £1.5million and £72,285,000"))
				.extracting(Token::value, Token::kind)
				.containsExactly(tuple(new BigDecimal("11400000"), Kind.MONEY),
						tuple(new BigDecimal("364000"), Kind.MONEY), tuple(new BigDecimal("6000000"), Kind.MONEY),
						tuple(new BigDecimal("1500000"), Kind.MONEY), tuple(new BigDecimal("72285000"), Kind.MONEY));
		}

		@Test
		void percentagesAndPlainNumbersKeepTheirValue() {
			assertThat(counted("a 50% fall, 28 per cent of 45.5 IDVAs and 15,978 detainees"))
				.extracting(Token::value, Token::kind)
				.containsExactly(tuple(new BigDecimal("50"), Kind.PERCENT), tuple(new BigDecimal("28"), Kind.PERCENT),
						tuple(new BigDecimal("45.5"), Kind.PLAIN), tuple(new BigDecimal("15978"), Kind.PLAIN));
		}

		@Test
		void cellsOfATableColumnHeadedInMillionsOfPoundsAreMoney() {
			String table = "Description\t2023-24 £m\t2024-25 £m\n500 additional PCSOs\t21.8\t26.8\n";
			assertThat(counted(table)).extracting(Token::value, Token::kind)
				.containsExactly(tuple(new BigDecimal("500"), Kind.PLAIN),
						tuple(new BigDecimal("21800000"), Kind.MONEY), tuple(new BigDecimal("26800000"), Kind.MONEY));
		}

		@ParameterizedTest(name = "{0} is skipped as {1}")
		@CsvSource(delimiter = '|',
				value = { "Date: 18 August 2022 | DATE", "on 25th January 2023 | DATE",
						"in financial year 2019/20 | PERIOD", "this financial year (2022-23) | PERIOD",
						"since 2014/5 | PERIOD", "in September 2019 | YEAR", "Our ref: MGLA230322-7616 | REFERENCE",
						"Our ref: MOPAC090223- C4495 | REFERENCE", "London SE1 2AA | POSTCODE",
						"call 020 7983 4000 | PHONE", "see https://www.example.org/2021/07/report-2019.pdf | URL",
						"\n2. More inclusive decision-making | LIST_MARKER" })
		void numbersThatAreNotAmountsAreSkipped(String text, Skip reason) {
			assertThat(NumberTokens.scan(text)).isNotEmpty()
				.allSatisfy((t) -> assertThat(t.skipped()).isEqualTo(reason));
		}

		private List<Token> counted(String text) {
			return NumberTokens.scan(text).stream().filter(Token::counted).toList();
		}

	}

}
