package london.scrutiny.tracker.importer.asks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.importer.DraftAsk;
import london.scrutiny.tracker.importer.pdf.PdfText;
import london.scrutiny.tracker.importer.pdf.TestPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus minutes and reports as a clerk receives them: each made into a PDF with a
 * letterhead, a running header, address footers and page numbers, in one column and in
 * two, then read back with PDFBox and drafted. The asks found must be the same as from
 * the text: page furniture and the lines the PDF wraps must not cost an ask or add one.
 */
class PdfCorpusTests {

	private static final AsksReader READER = new AsksReader();

	private static final AsksAccuracyTests.Count asks = new AsksAccuracyTests.Count();

	private static final List<String> differences = new ArrayList<>();

	@BeforeAll
	static void readEveryDocumentFromPdf() throws IOException {
		for (CorpusTruth.Doc doc : CorpusTruth.of("minutes", "report")) {
			for (boolean twoColumns : new boolean[] { false, true }) {
				String text = PdfText.extract(TestPdfs.document(doc.text(), "Committee papers", twoColumns));
				AsksDraft draft = READER.read(text, null);
				List<DraftAsk> unused = new ArrayList<>(draft.asks());
				String where = doc.name() + (twoColumns ? " (two columns)" : " (one column)");
				for (JsonNode truth : doc.truth().path("asks")) {
					boolean optional = truth.path("optional").asBoolean(false)
							|| "conclusion".equals(truth.path("askType").asString());
					DraftAsk found = unused.stream()
						.filter((a) -> AsksAccuracyTests.matches(truth, a))
						.findFirst()
						.orElse(null);
					unused.remove(found);
					if (optional) {
						continue;
					}
					if (found != null) {
						asks.right++;
					}
					else {
						asks.missed++;
						differences.add(where + ": missed " + truth.path("text").asString());
					}
				}
				unused.forEach((a) -> differences.add(where + ": not an ask " + a.text()));
				asks.wrong += unused.size();
			}
		}
	}

	@Test
	void findsTheSameAsksInPdfsWithPageFurnitureInOneColumnAndTwo() {
		assertThat(asks.recallValue()).as(asks + " " + differences).isGreaterThanOrEqualTo(0.90);
		assertThat(asks.precisionValue()).as(asks + " " + differences).isGreaterThanOrEqualTo(0.95);
	}

}
