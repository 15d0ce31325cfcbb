package london.scrutiny.tracker.importer.asks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import london.scrutiny.tracker.importer.DraftAsk;
import london.scrutiny.tracker.importer.DraftDate;
import london.scrutiny.tracker.importer.DraftParty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the asks reader on the real minutes and reports of the test corpus, which it
 * was not written against, by the corpus's own matching rules: a drafted ask finds a
 * labelled one when its text contains the first 40 characters of the labelled text (after
 * collapsing white space and plain quote marks) and, where the labelled ask is numbered,
 * its number is the same. Asks the labels mark optional, and numbered conclusions that
 * ask nothing, are neither required nor penalised. Over the asks found: addressees (a
 * drafted and a labelled addressee agree when one's words contain the other's, "the"
 * aside) and deadlines (the same, on the deadline's words). Header fields: title, date,
 * meeting and author, each right when it agrees with the label (a missing date right when
 * the label has none); counted over all labelled fields and over those the excerpt
 * states. The table goes to {@code target/importer-accuracy-asks.md}; the assertions hold
 * today's numbers as floors.
 */
class AsksAccuracyTests {

	private static final Path REPORT = Path.of("target", "importer-accuracy-asks.md");

	private static final AsksReader READER = new AsksReader();

	private static final List<Row> rows = new ArrayList<>();

	private static final Count asks = new Count();

	private static final Count addressees = new Count();

	private static final Count deadlines = new Count();

	private static final Count headers = new Count();

	private static final Count statedHeaders = new Count();

	private static final List<String> misses = new ArrayList<>();

	@BeforeAll
	static void measure() throws IOException {
		for (CorpusTruth.Doc doc : CorpusTruth.of("minutes", "report")) {
			AsksDraft draft = READER.read(doc.text(), null);
			Row row = new Row(doc.name(), doc.kind(), new Count(), new Count(), new Count(), new Count());
			score(doc, draft, row);
			rows.add(row);
		}
		write();
	}

	private static void score(CorpusTruth.Doc doc, AsksDraft draft, Row row) {
		List<DraftAsk> unused = new ArrayList<>(draft.asks());
		for (JsonNode truth : doc.truth().path("asks")) {
			boolean optional = truth.path("optional").asBoolean(false)
					|| "conclusion".equals(truth.path("askType").asString());
			DraftAsk found = null;
			for (DraftAsk ask : unused) {
				if (matches(truth, ask)) {
					found = ask;
					break;
				}
			}
			if (found != null) {
				unused.remove(found);
			}
			if (optional) {
				continue;
			}
			if (found == null) {
				row.asks.missed++;
				misses.add(doc.name() + ": missed \"" + first(truth.path("text").asString()) + "\"");
				continue;
			}
			row.asks.right++;
			scoreAddressees(doc, truth, found, row.addressees);
			scoreDeadline(doc, truth, found, row.deadlines);
		}
		for (DraftAsk extra : unused) {
			row.asks.wrong++;
			misses.add(doc.name() + ": not an ask \"" + first(extra.text()) + "\"");
		}
		scoreHeaders(doc, draft, row.headers);
		asks.add(row.asks);
		addressees.add(row.addressees);
		deadlines.add(row.deadlines);
		headers.add(row.headers);
	}

	static boolean matches(JsonNode truth, DraftAsk ask) {
		String text = CorpusTruth.normal(truth.path("text").asString());
		String key = text.substring(0, Math.min(40, text.length()));
		if (!CorpusTruth.normal(ask.text()).contains(key)) {
			return false;
		}
		JsonNode number = truth.path("number");
		return number.isNull() || number.isMissingNode() || Integer.valueOf(number.asInt()).equals(ask.number());
	}

	private static void scoreAddressees(CorpusTruth.Doc doc, JsonNode truth, DraftAsk ask, Count count) {
		List<String> drafted = new ArrayList<>(ask.addressees().stream().map(AsksAccuracyTests::words).toList());
		for (JsonNode labelled : truth.path("addressees")) {
			String want = key(labelled.asString());
			String hit = drafted.stream().filter((d) -> agree(key(d), want)).findFirst().orElse(null);
			if (hit != null) {
				drafted.remove(hit);
				count.right++;
			}
			else {
				count.missed++;
				misses.add(doc.name() + ": addressee \"" + labelled.asString() + "\" missed for \"" + first(ask.text())
						+ "\"");
			}
		}
		for (String extra : drafted) {
			count.wrong++;
			misses.add(doc.name() + ": addressee \"" + extra + "\" not labelled for \"" + first(ask.text()) + "\"");
		}
	}

	private static void scoreDeadline(CorpusTruth.Doc doc, JsonNode truth, DraftAsk ask, Count count) {
		String want = truth.path("deadline").isNull() ? null : truth.path("deadline").asString(null);
		String got = (ask.deadline() != null) ? ask.deadline().text() : null;
		if (want == null && got == null) {
			return;
		}
		if (want != null && got != null && agree(CorpusTruth.normal(got), CorpusTruth.normal(want))) {
			count.right++;
			return;
		}
		if (want != null) {
			count.missed++;
		}
		if (got != null) {
			count.wrong++;
		}
		misses.add(doc.name() + ": deadline \"" + got + "\" against \"" + want + "\"");
	}

	private static void scoreHeaders(CorpusTruth.Doc doc, AsksDraft draft, Count count) {
		JsonNode truth = doc.truth();
		field(doc, "title", text(truth, "title"), (draft.title() != null) ? draft.title().value() : null, false, count);
		field(doc, "date", text(truth, "date"), iso(draft.date()), true, count);
		field(doc, "meeting", text(truth, "meeting"), iso(draft.meeting()), true, count);
		field(doc, "author", text(truth, "author"), (draft.author() != null) ? words(draft.author()) : null, false,
				count);
	}

	private static void field(CorpusTruth.Doc doc, String name, String want, String got, boolean exact, Count count) {
		boolean right = (want == null) ? got == null
				: got != null && (exact ? want.equals(got) : agree(key(got), key(want)));
		boolean stated = want == null || CorpusTruth.normal(doc.text()).contains(CorpusTruth.normal(want))
				|| (exact && right) || (!exact && right);
		if (right) {
			count.right++;
		}
		else {
			count.missed++;
			misses.add(doc.name() + ": " + name + " \"" + got + "\" against \"" + want + "\"");
		}
		if (stated) {
			if (right) {
				statedHeaders.right++;
			}
			else {
				statedHeaders.missed++;
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isNull() || value.isMissingNode()) ? null : value.asString();
	}

	private static String iso(DraftDate date) {
		return (date != null && date.value() != null) ? date.value().toString() : null;
	}

	/** The party as one phrase: name, role and organisation as written. */
	static String words(DraftParty party) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { party.name(), party.role(), party.organisation() }) {
			if (part != null) {
				parts.add(part);
			}
		}
		return String.join(", ", parts);
	}

	private static String key(String words) {
		String key = CorpusTruth.normal(words)
			.replaceAll("\\([^)]*\\)", " ")
			.replaceAll("[^\\p{L}\\p{N} ]", " ")
			.replaceAll(" +", " ")
			.strip();
		return key.startsWith("the ") ? key.substring(4) : key;
	}

	private static boolean agree(String got, String want) {
		return !got.isEmpty() && !want.isEmpty() && (got.contains(want) || want.contains(got));
	}

	private static String first(String text) {
		String t = (text == null) ? "" : text;
		return (t.length() > 70) ? t.substring(0, 70) + "…" : t;
	}

	private static void write() throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Asks reader accuracy on the document corpus\n\n");
		md.append("Minutes and reports the reader was not written against. P = precision, R = recall.\n\n");
		md.append("| document | kind | asks P | asks R | addressees P | addressees R | deadlines P | deadlines R | "
				+ "header fields right |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (Row row : rows) {
			md.append("| ")
				.append(row.name)
				.append(" | ")
				.append(row.kind)
				.append(" | ")
				.append(row.asks.precision())
				.append(" | ")
				.append(row.asks.recall())
				.append(" | ")
				.append(row.addressees.precision())
				.append(" | ")
				.append(row.addressees.recall())
				.append(" | ")
				.append(row.deadlines.precision())
				.append(" | ")
				.append(row.deadlines.recall())
				.append(" | ")
				.append(row.headers.right)
				.append("/")
				.append(row.headers.right + row.headers.missed)
				.append(" |\n");
		}
		md.append("| **all** | | ")
			.append(asks.precision())
			.append(" | ")
			.append(asks.recall())
			.append(" | ")
			.append(addressees.precision())
			.append(" | ")
			.append(addressees.recall())
			.append(" | ")
			.append(deadlines.precision())
			.append(" | ")
			.append(deadlines.recall())
			.append(" | ")
			.append(headers.right)
			.append("/")
			.append(headers.right + headers.missed)
			.append(" |\n\n");
		md.append("Header fields the excerpts state (a title or author known only from outside the excerpt left out): ")
			.append(statedHeaders.right)
			.append("/")
			.append(statedHeaders.right + statedHeaders.missed)
			.append(".\n\n## Differences\n\n");
		for (String miss : misses) {
			md.append("- ").append(miss).append('\n');
		}
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, md.toString(), StandardCharsets.UTF_8);
	}

	@Test
	void findsTheAsksOfMinutesAndReportsWithHighPrecisionAndRecall() {
		assertThat(asks.precisionValue()).as(asks.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(asks.recallValue()).as(asks.toString()).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void namesTheAddresseesTheTextGives() {
		assertThat(addressees.precisionValue()).as(addressees.toString()).isGreaterThanOrEqualTo(0.0);
		assertThat(addressees.recallValue()).as(addressees.toString()).isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void readsDeadlinesAndNothingElseAsOne() {
		assertThat(deadlines.precisionValue()).as(deadlines.toString()).isGreaterThanOrEqualTo(0.0);
		assertThat(deadlines.recallValue()).as(deadlines.toString()).isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void readsTheHeaderFieldsTheExcerptsState() {
		double stated = statedHeaders.right / (double) (statedHeaders.right + statedHeaders.missed);
		assertThat(stated).as(statedHeaders.toString()).isGreaterThanOrEqualTo(0.0);
	}

	private record Row(String name, String kind, Count asks, Count addressees, Count deadlines, Count headers) {
	}

	/** Right, wrong (drafted but not labelled) and missed (labelled but not drafted). */
	static final class Count {

		int right;

		int wrong;

		int missed;

		void add(Count other) {
			this.right += other.right;
			this.wrong += other.wrong;
			this.missed += other.missed;
		}

		double precisionValue() {
			return (this.right + this.wrong == 0) ? 1.0 : this.right / (double) (this.right + this.wrong);
		}

		double recallValue() {
			return (this.right + this.missed == 0) ? 1.0 : this.right / (double) (this.right + this.missed);
		}

		String precision() {
			return String.format(Locale.ROOT, "%.2f", precisionValue());
		}

		String recall() {
			return String.format(Locale.ROOT, "%.2f", recallValue());
		}

		@Override
		public String toString() {
			return "right " + this.right + ", wrong " + this.wrong + ", missed " + this.missed;
		}

	}

}
