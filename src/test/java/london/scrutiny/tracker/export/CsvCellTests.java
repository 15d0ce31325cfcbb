package london.scrutiny.tracker.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells a spreadsheet opens as they are written, and never runs as formulas. */
class CsvCellTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised_numbersAreNot() {
		assertThat(RowWriter.Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(RowWriter.Csv.cell("+44 20")).isEqualTo("'+44 20");
		assertThat(RowWriter.Csv.cell("-1 officer")).isEqualTo("'-1 officer");
		assertThat(RowWriter.Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(RowWriter.Csv.cell("£11.4m")).isEqualTo("£11.4m");
		assertThat(RowWriter.Csv.cell(new BigDecimal("-1.5E+3"))).isEqualTo("-1500");
		assertThat(RowWriter.Csv.cell(List.of("org/mopac", "org/mps"))).isEqualTo("org/mopac; org/mps");
		assertThat(RowWriter.Csv.cell(null)).isEqualTo("");
	}

	@Test
	void quotesCommasQuotesAndLineBreaks_afterAByteOrderMark() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", "a");
		row.put("text", "He said \"yes\", then\nleft");
		try (RowWriter writer = RowWriter.of(ExportFormat.CSV, List.of("id", "text"), out)) {
			writer.write(row);
		}
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFid,text\r\na,\"He said \"\"yes\"\", then\nleft\"\r\n");
	}

}
