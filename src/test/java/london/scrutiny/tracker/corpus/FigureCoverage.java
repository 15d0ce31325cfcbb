package london.scrutiny.tracker.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import london.scrutiny.tracker.corpus.NumberTokens.Kind;
import london.scrutiny.tracker.corpus.NumberTokens.Skip;
import london.scrutiny.tracker.corpus.NumberTokens.Token;
import org.bson.Document;
import org.bson.types.Decimal128;

import static london.scrutiny.tracker.corpus.CuratedSeed.collapseWhitespace;
import static london.scrutiny.tracker.corpus.CuratedSeed.documents;

/**
 * How many of a document's numbers the seed holds as figures. A token is covered when a
 * figure of an evidence record whose source quote spans the token has the token's value
 * in a matching unit (£ amounts in GBP, percentages in PERCENT, other numbers in any
 * other unit); £11.4m is 11400000 and £364k 364000.
 */
final class FigureCoverage {

	private static final Set<String> PLAIN_UNITS = Set.of("COUNT", "PEOPLE", "YEARS", "MONTHS", "DAYS");

	private static final int CONTEXT = 32;

	private FigureCoverage() {
	}

	/** Why a counted number is not covered by a figure. */
	enum Reason {

		LABEL("names a heading or item (Recommendation 6, Lot 2, ICV point 1, Quarter 3, Outcomes 15 and 16)"),
		ORDINAL("an ordinal (21st century)"),
		NAME("part of a name or code (Covid-19, the '4 E's', the E14 postcode district)"),
		PAGE_FURNITURE("page furniture: an address line, or the description of a signature"),
		NOT_STORED("a figure the seed does not hold yet");

		private static final Pattern LABEL_BEFORE = Pattern
			.compile("(?i)(?:recommendation|point|lot|call off|quarter|outcomes?(?:\\s+\\d+\\s+and)?)\\s+$");

		private static final Pattern ORDINAL_AFTER = Pattern.compile("^(?:st|nd|rd|th)\\b");

		private static final Pattern GLUED_TO_WORD = Pattern.compile("[A-Za-z]-?$");

		private static final Pattern QUOTED_NAME_AFTER = Pattern.compile("^\\s[A-Z]\\S*'");

		private final String meaning;

		Reason(String meaning) {
			this.meaning = meaning;
		}

		String meaning() {
			return this.meaning;
		}

		static Reason of(String text, Token token) {
			NumberTokens.Line line = NumberTokens.Line.at(text, token.start());
			String before = text.substring(line.start(), token.start());
			String after = text.substring(token.end(), Math.min(line.end(), token.end() + 8));
			if (isPageFurniture(line.content(text))) {
				return PAGE_FURNITURE;
			}
			if (LABEL_BEFORE.matcher(before).find()) {
				return LABEL;
			}
			if (ORDINAL_AFTER.matcher(after).find()) {
				return ORDINAL;
			}
			if (GLUED_TO_WORD.matcher(before).find()
					|| (before.endsWith("'") && QUOTED_NAME_AFTER.matcher(after).find())) {
				return NAME;
			}
			return NOT_STORED;
		}

		/**
		 * An address line in capitals, or a converter's description of a handwritten
		 * signature.
		 */
		private static boolean isPageFurniture(String line) {
			String words = line.replace("*", "").strip();
			boolean capitals = words.chars().anyMatch(Character::isLetter)
					&& words.equals(words.toUpperCase(Locale.ROOT));
			return capitals || words.startsWith("A handwritten signature");
		}

	}

	/** A counted number no figure covers, why, and where. */
	record Uncovered(Token token, Reason reason, String context) {

	}

	/** One document's numbers and which of them the seed covers. */
	record Report(String documentId, String corpusFile, List<Token> counted, List<Token> covered,
			List<Uncovered> uncovered, Map<Skip, List<Token>> skippedTokens) {

		/**
		 * Covered tokens as a percentage of counted ones, to two places, rounded down.
		 */
		BigDecimal percent() {
			if (this.counted.isEmpty()) {
				return BigDecimal.valueOf(100);
			}
			return BigDecimal.valueOf(100L * this.covered.size())
				.divide(BigDecimal.valueOf(this.counted.size()), 2, RoundingMode.DOWN);
		}

		Map<Skip, Long> skipped() {
			Map<Skip, Long> counts = new EnumMap<>(Skip.class);
			this.skippedTokens.forEach((skip, tokens) -> counts.put(skip, (long) tokens.size()));
			return counts;
		}

		List<Uncovered> uncoveredFor(Reason reason) {
			return this.uncovered.stream().filter((u) -> u.reason() == reason).toList();
		}

	}

	static List<Report> measure(CuratedSeed seed) {
		return seed.documentsWithText().stream().map((d) -> measure(seed, d)).toList();
	}

	static Report measure(CuratedSeed seed, Document document) {
		String text = document.getString("text");
		List<QuotedFigures> quoted = quotedFigures(text, seed.evidenceOf(document.getString("_id")));
		List<Token> tokens = NumberTokens.scan(text);
		List<Token> counted = tokens.stream().filter(Token::counted).toList();
		List<Token> covered = new ArrayList<>();
		List<Uncovered> uncovered = new ArrayList<>();
		for (Token token : counted) {
			if (quoted.stream().anyMatch((q) -> q.covers(token))) {
				covered.add(token);
			}
			else {
				uncovered.add(new Uncovered(token, Reason.of(text, token), context(text, token)));
			}
		}
		Map<Skip, List<Token>> skipped = tokens.stream()
			.filter((t) -> !t.counted())
			.collect(Collectors.groupingBy(Token::skipped, () -> new EnumMap<>(Skip.class), Collectors.toList()));
		return new Report(document.getString("_id"), document.getString("corpusFile"), counted, covered, uncovered,
				skipped);
	}

	/**
	 * The figures of an evidence record, with one place in the text where its quote
	 * stands.
	 */
	private record QuotedFigures(int start, int end, List<Document> figures) {

		boolean covers(Token token) {
			return this.start <= token.start() && token.end() <= this.end
					&& this.figures.stream().anyMatch((f) -> matches(f, token));
		}

		private static boolean matches(Document figure, Token token) {
			if (!(figure.get("value") instanceof Decimal128 value)
					|| value.bigDecimalValue().compareTo(token.value()) != 0) {
				return false;
			}
			String unit = String.valueOf(figure.getString("unit"));
			return (token.kind() == Kind.MONEY) ? unit.equals("GBP")
					: (token.kind() == Kind.PERCENT) ? unit.equals("PERCENT") : PLAIN_UNITS.contains(unit);
		}

	}

	private static List<QuotedFigures> quotedFigures(String text, List<Document> evidence) {
		List<QuotedFigures> quoted = new ArrayList<>();
		for (Document record : evidence) {
			String quote = record.get("source", Document.class).getString("quote");
			Matcher place = quotePattern(quote).matcher(text);
			while (place.find()) {
				quoted.add(new QuotedFigures(place.start(), place.end(), documents(record, "figures")));
			}
		}
		return quoted;
	}

	/** The quote as a pattern that lets any run of whitespace stand for any other. */
	private static Pattern quotePattern(String quote) {
		return Pattern.compile(
				Arrays.stream(quote.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")));
	}

	private static String context(String text, Token token) {
		String before = text.substring(Math.max(0, token.start() - CONTEXT), token.start());
		String after = text.substring(token.end(), Math.min(text.length(), token.end() + CONTEXT));
		return collapseWhitespace("…" + plain(before) + "**" + token.text().strip() + "**" + plain(after) + "…")
			.strip();
	}

	/**
	 * Text without the converter's Markdown emphasis and headings, which would clash with
	 * the report's own.
	 */
	private static String plain(String text) {
		return text.replaceAll("[*#]", "").replace("|", "\\|");
	}

	private static String byReason(Report report) {
		if (report.uncovered().isEmpty()) {
			return "";
		}
		return Arrays.stream(Reason.values())
			.filter((r) -> !report.uncoveredFor(r).isEmpty())
			.map((r) -> report.uncoveredFor(r).size() + " " + r)
			.collect(Collectors.joining(", ", " (", ")"));
	}

	/** The coverage report, as Markdown. */
	static String markdown(List<Report> reports, String command) {
		StringBuilder md = new StringBuilder();
		md.append("# Figure coverage of the corpus\n\n")
			.append("Each number token of a corpus text, and whether a stored figure covers it: a figure of an evidence ")
			.append("record whose source quote spans the token and whose value equals the token's value in its unit ")
			.append("(£Xm = X × 1,000,000, £Xk = X × 1,000; a table column headed £m scales its cells). Dates, years ")
			.append("and periods, letter references, postcodes, phone numbers, URLs and list markers are skipped.\n\n")
			.append("Regenerate with `")
			.append(command)
			.append("`.\n\n")
			.append("| Document | Corpus file | Number tokens | Covered | Coverage | Uncovered, by reason | Skipped (not counted) |\n")
			.append("| --- | --- | ---: | ---: | ---: | --- | --- |\n");
		for (Report report : reports) {
			md.append("| ")
				.append(report.documentId())
				.append(" | ")
				.append(report.corpusFile())
				.append(" | ")
				.append(report.counted().size())
				.append(" | ")
				.append(report.covered().size())
				.append(" | ")
				.append(report.percent())
				.append("% | ")
				.append(report.uncovered().size())
				.append(byReason(report))
				.append(" | ")
				.append(report.skipped()
					.entrySet()
					.stream()
					.map((e) -> e.getValue() + " " + e.getKey())
					.collect(Collectors.joining(", ")))
				.append(" |\n");
		}
		md.append("\n## Reasons\n\n");
		for (Reason reason : Reason.values()) {
			md.append("- **").append(reason).append("**: ").append(reason.meaning()).append('\n');
		}
		for (Report report : reports) {
			md.append("\n## ").append(report.documentId()).append("\n\n");
			if (report.uncovered().isEmpty()) {
				md.append("Every counted number is covered.\n");
				continue;
			}
			md.append("| Token | Reason | Context |\n| --- | --- | --- |\n");
			for (Uncovered u : report.uncovered()) {
				md.append("| `")
					.append(u.token().text().strip())
					.append("` | ")
					.append(u.reason())
					.append(" | ")
					.append(u.context())
					.append(" |\n");
			}
		}
		md.append("\n## Skipped numbers\n");
		for (Report report : reports) {
			md.append("\n### ").append(report.documentId()).append("\n\n");
			report.skippedTokens()
				.forEach((skip, tokens) -> md.append("- ")
					.append(skip)
					.append(": ")
					.append(tokens.stream()
						.map((t) -> "`" + collapseWhitespace(t.text()) + "`")
						.collect(Collectors.joining(", ")))
					.append('\n'));
		}
		return md.toString();
	}

}
