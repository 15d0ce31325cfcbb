package london.scrutiny.tracker.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.support.Period;

/**
 * Finds every figure in a stretch of a letter: money ("£11.4m", "c. £20m", "£72,285,000",
 * "£6 million"), percentages, counts in figures ("1,665") and in words ("three new
 * posts"), and the cells of tables. Numbers that are not figures are masked first: dates,
 * years and financial years, numbers that label things ("Recommendation 8", "Lot 2"),
 * list numbering, and links.
 */
final class FigureScanner {

	private static final Pattern MONEY = Pattern.compile("£\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
			+ "(?:\\s?(billion|million|thousand)\\b|(bn|m|k)(?![\\p{L}\\d]))?");

	private static final Pattern PERCENT = Pattern
		.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b|percent\\b)");

	private static final Pattern NUMBER = Pattern
		.compile("(?<![\\p{L}\\d.,£$/\\\\–-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{L}\\d%/]|[.,]\\d)");

	/** A second number after a dash: "18-22". */
	private static final Pattern RANGE_END = Pattern.compile("^\\s?[-–]\\s?(\\d+)(?![\\p{L}\\d%/]|[.,]\\d)");

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
			Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
			Map.entry("fifty", 50), Map.entry("hundred", 100));

	/**
	 * "one" is left out on purpose: "one of the barriers" is not a figure, and letters
	 * say it often.
	 */
	private static final Pattern NUMBER_WORD = Pattern.compile(
			"(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\\b");

	private static final Pattern HALF = Pattern.compile("(?i)\\bhalf(?=\\s+of\\b)");

	/**
	 * Words that make the number after them a label, not a quantity: "Recommendation 8",
	 * "Lot 2", "Outcomes 15 and 16".
	 */
	private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:recommendations?|lots?|call\\s+off|points?|"
			+ "outcomes?|sections?|annex|appendix|pages?|paragraphs?|para|items?|phases?|tiers?|stages?|levels?|parts?|"
			+ "chapters?|tables?|figures?|options?|priority|questions?|steps?|waves?|rounds?|cohorts?|articles?|"
			+ "schedules?|clauses?|regulations?|bands?|grades?|no\\.|number)\\s+\\d+[a-z]?(?:\\s*(?:,|and|or|to|&|-|–)\\s*\\d+[a-z]?)*");

	/**
	 * A name and number in brackets, "(Book 101)", "(Form 3)": what a thing is called,
	 * not how many there are.
	 */
	private static final Pattern BRACKETED_LABEL = Pattern.compile("\\(\\p{Lu}\\p{L}*+\\s++\\d++[a-z]?\\)");

	/** A house number before its street: "10 Downing Street", "2 Marsham Street". */
	private static final Pattern STREET_NUMBER = Pattern
		.compile("\\b\\d{1,4}[a-zA-Z]?,?\\s++(?:\\p{Lu}[\\p{L}'’]*+\\s++){1,3}"
				+ "(?:Street|St|Road|Rd|Avenue|Lane|Place|Square|Way|Embankment|Walk|Yard|Row|Gardens|Terrace|Close|Drive|"
				+ "Court|Hill|Crescent|Parade|Broadway|Bridge|Wharf)\\b");

	private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(?:[-•▪–*]\\s+)?\\d{1,2}[.)]\\s");

	private static final Pattern YEAR = Pattern.compile("(?<![\\d,.£])(?:19|20)\\d{2}(?![\\d,])");

	private static final Pattern MONTH_YEAR = Pattern.compile(DateWords.MONTH + "\\s+(?:19|20)\\d{2}");

	private static final Pattern LINKS = Pattern
		.compile("https?://\\S+|\\]\\([^)]*\\)|" + PageFurniture.EMAIL.pattern());

	private static final Pattern DURATION = Pattern.compile("(?i)^\\s?-?\\s?(years?|yrs?|months?|days?)\\b");

	private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|ages?|age\\s+group)\\b");

	private static final Set<String> PEOPLE_NOUNS = Set.of("people", "person", "persons", "individuals", "survivors",
			"victims", "women", "girls", "men", "boys", "children", "adults", "officers", "staff", "volunteers",
			"detainees", "residents", "londoners", "offenders", "suspects", "perpetrators", "pupils", "students",
			"participants", "attendees", "families", "witnesses", "recruits");

	private static final Pattern NUMERIC_CELL = Pattern
		.compile("^\\s*+(?:£\\s*+)?(\\d{1,3}(?:,\\d{3})++|\\d++)(\\.\\d+)?\\s*+[%*]?\\s*$");

	/**
	 * Hedges read from the words just before a figure, longest and most specific first.
	 */
	private static final List<Map.Entry<Pattern, Qualifier>> HEDGES = List.of(
			hedge("(?:just\\s+)?(?:under|below)|less\\s+than|fewer\\s+than", Qualifier.LESS_THAN),
			hedge("(?:a\\s+)?maximum\\s+of", Qualifier.MAXIMUM), hedge("(?:a\\s+)?minimum\\s+of", Qualifier.MINIMUM),
			hedge("up\\s+to", Qualifier.UP_TO), hedge("at\\s+least|no\\s+(?:fewer|less)\\s+than", Qualifier.AT_LEAST),
			hedge("more\\s+than|over|above|in\\s+excess\\s+of|exceeding|upwards\\s+of", Qualifier.MORE_THAN),
			hedge("nearly|almost|close\\s+to|just\\s+short\\s+of", Qualifier.NEARLY),
			hedge("c\\.|c|ca\\.|circa|approximately|approx\\.|around|about|roughly|some|an\\s+estimated|estimated",
					Qualifier.APPROXIMATE),
			hedge("between", Qualifier.MINIMUM));

	private static final Pattern AND_BEFORE = Pattern.compile("(?i)\\band\\s*$");

	private FigureScanner() {
	}

	/**
	 * Where a line sits in the letter: the ask whose answer holds it (or null) and a
	 * locator for a clerk.
	 */
	record Place(Integer askNumber, String locator) {
	}

	/** Every figure in the given lines; consecutive table rows are read as one table. */
	static List<DraftFigure> scan(LetterText letter, List<Integer> lines, java.util.function.IntFunction<Place> placeOf,
			LocalDate letterDate) {
		List<DraftFigure> figures = new ArrayList<>();
		for (int n = 0; n < lines.size(); n++) {
			LetterText.Line line = letter.line(lines.get(n));
			Place place = placeOf.apply(line.index());
			if (isTableFragment(line)) {
				continue;
			}
			if (!line.isTableRow()) {
				for (int[] sentence : Sentences.split(line.raw())) {
					String text = line.raw().substring(sentence[0], sentence[1]);
					String quoted = withoutListMarker(text, sentence[0] == 0);
					figures.addAll(inSentence(quoted, 0, quoted.length(), place, letterDate));
				}
				continue;
			}
			List<LetterText.Line> table = new ArrayList<>();
			while (n < lines.size() && letter.line(lines.get(n)).isTableRow()
					&& (table.isEmpty() || lines.get(n) == table.get(table.size() - 1).index() + 1)) {
				table.add(letter.line(lines.get(n)));
				n++;
			}
			n--;
			figures.addAll(inTable(table, place, letterDate));
		}
		return figures;
	}

	/**
	 * A row of a table whose cells the conversion ran together ("Handgun 3811", "Offence
	 * Total 5815"): a few words ending in a number, no sentence. Which column each number
	 * belongs to cannot be read back, so none of them is offered as a figure.
	 */
	static boolean isTableFragment(LetterText.Line line) {
		String plain = line.plain();
		if (line.isTableRow() || plain.isEmpty() || Markup.isListItem(line.raw()) || Markup.words(plain) > 8) {
			return false;
		}
		char last = plain.charAt(plain.length() - 1);
		return Character.isDigit(last) && !MONEY.matcher(plain).find() && !PERCENT.matcher(plain).find();
	}

	/**
	 * A sentence without the list marker that opens its line: what a quote should start
	 * with.
	 */
	private static String withoutListMarker(String sentence, boolean startsLine) {
		return startsLine ? sentence.substring(Markup.afterListMarker(sentence)) : sentence;
	}

	/**
	 * The figures in {@code source} between {@code from} and {@code to}: a sentence (then
	 * the whole source) or a table cell (then the source is its row). Quotes are cut from
	 * the source.
	 */
	static List<DraftFigure> inSentence(String source, int from, int to, Place place, LocalDate letterDate) {
		String sentence = source.substring(from, to);
		boolean[] masked = new boolean[sentence.length()];
		List<PeriodReader.Found> periods = PeriodReader.find(sentence, letterDate);
		periods.forEach((p) -> mask(masked, p.start(), p.end()));
		for (Pattern notFigures : List.of(LINKS, DateWords.DAY_MONTH_YEAR, MONTH_YEAR, LABEL, ENUMERATOR, YEAR,
				BRACKETED_LABEL, DateWords.NUMERIC, STREET_NUMBER, PageFurniture.POSTCODE)) {
			Matcher match = notFigures.matcher(sentence);
			while (match.find()) {
				mask(masked, match.start(), match.end());
			}
		}
		List<Found> found = new ArrayList<>();
		Matcher money = MONEY.matcher(sentence);
		while (money.find()) {
			if (free(masked, money.start(), money.end())) {
				BigDecimal scale = scale((money.group(2) != null) ? money.group(2) : money.group(3));
				found.add(new Found(money.start(), money.end(), number(money.group(1)).multiply(scale), FigureUnit.GBP,
						0.9, "an amount in pounds"));
				mask(masked, money.start(), money.end());
			}
		}
		Matcher percent = PERCENT.matcher(sentence);
		while (percent.find()) {
			if (free(masked, percent.start(), percent.end())) {
				found.add(new Found(percent.start(), percent.end(), number(percent.group(1)), FigureUnit.PERCENT, 0.9,
						"a percentage"));
				mask(masked, percent.start(), percent.end());
			}
		}
		Matcher count = NUMBER.matcher(sentence);
		while (count.find()) {
			if (!free(masked, count.start(), count.end())) {
				continue;
			}
			BigDecimal value = number(count.group(1) + ((count.group(2) != null) ? count.group(2) : ""));
			Matcher range = RANGE_END.matcher(after(sentence, count.end()));
			if (range.find()) {
				int end = count.end() + range.end();
				FigureUnit unit = countUnit(sentence, count.start(), end);
				found.add(new Found(count.start(), count.end(), value, unit, 0.7, "the lower end of a range"));
				found.add(new Found(count.end() + range.start(1), end, number(range.group(1)), unit, 0.7,
						"the upper end of a range"));
				mask(masked, count.start(), end);
				continue;
			}
			found.add(new Found(count.start(), count.end(), value, countUnit(sentence, count.start(), count.end()),
					0.75, "a number in figures; the quote says what it counts"));
			mask(masked, count.start(), count.end());
		}
		Matcher word = NUMBER_WORD.matcher(sentence);
		while (word.find()) {
			String after = after(sentence, word.end());
			if (!free(masked, word.start(), word.end()) || after.startsWith("-") && !DURATION.matcher(after).find()) {
				continue;
			}
			found.add(new Found(word.start(), word.end(),
					BigDecimal.valueOf(NUMBER_WORDS.get(word.group(1).toLowerCase(Locale.ROOT))),
					countUnit(sentence, word.start(), word.end()), 0.55, "a number written as a word"));
		}
		Matcher half = HALF.matcher(sentence);
		while (half.find()) {
			found.add(new Found(half.start(), half.end(), BigDecimal.valueOf(50), FigureUnit.PERCENT, 0.6,
					"\"half\" read as 50%"));
		}
		found.sort(java.util.Comparator.comparingInt(Found::start));
		List<DraftFigure> figures = new ArrayList<>();
		boolean betweenOpen = false;
		for (Found figure : found) {
			Hedge hedge = hedgeBefore(sentence, figure.start());
			Qualifier qualifier = hedge.qualifier();
			int start = hedge.start();
			if (qualifier == Qualifier.EXACT && betweenOpen
					&& AND_BEFORE.matcher(sentence.substring(Math.max(0, figure.start() - 10), figure.start()))
						.find()) {
				qualifier = Qualifier.MAXIMUM;
			}
			betweenOpen = (qualifier == Qualifier.MINIMUM)
					&& sentence.substring(start, figure.start()).matches("(?i)between\\s*");
			String quote = Quotes.around(source, from + start, from + figure.end());
			figures.add(new DraftFigure(plain(figure.value()), figure.unit(), qualifier,
					sentence.substring(start, figure.end()),
					PeriodReader.nearest(periods, figure.start(), figure.end()), null, quote, place.locator(),
					place.askNumber(), Confidence.of(figure.score(), figure.reason())));
		}
		return figures;
	}

	/**
	 * A table: the first row is its header when no cell of it is a number. A header cell
	 * says each column's unit ("£m" is millions of pounds) and may give its period
	 * ("2023-24 £m"); a first cell that is a period ("April 2020 – March 2021") gives the
	 * row's.
	 */
	private static List<DraftFigure> inTable(List<LetterText.Line> rows, Place place, LocalDate letterDate) {
		List<DraftFigure> figures = new ArrayList<>();
		String[] header = null;
		int first = 0;
		String[] top = rows.get(0).raw().strip().split("\t");
		boolean topIsHeader = rows.size() > 1;
		for (String cell : top) {
			topIsHeader &= !NUMERIC_CELL.matcher(cell).matches();
		}
		if (topIsHeader) {
			header = top;
			first = 1;
		}
		for (int r = first; r < rows.size(); r++) {
			LetterText.Line row = rows.get(r);
			String quote = Quotes.start(row.raw());
			String[] cells = row.raw().strip().split("\t");
			String label = null;
			Period rowPeriod = null;
			for (String cell : cells) {
				if (!NUMERIC_CELL.matcher(cell).matches()) {
					label = Markup.plain(cell);
					List<PeriodReader.Found> periods = PeriodReader.find(cell, letterDate);
					rowPeriod = periods.isEmpty() ? null : periods.get(0).period();
					int at = row.raw().indexOf(cell);
					figures.addAll(inSentence(row.raw(), at, at + cell.length(), place, letterDate));
					break;
				}
			}
			for (int c = 0; c < cells.length; c++) {
				Matcher numeric = NUMERIC_CELL.matcher(cells[c]);
				if (!numeric.matches()) {
					continue;
				}
				String column = (header != null && c < header.length) ? Markup.plain(header[c]) : null;
				Column unit = column(column, cells[c]);
				List<PeriodReader.Found> columnPeriods = (column != null) ? PeriodReader.find(column, letterDate)
						: List.of();
				Period period = columnPeriods.isEmpty() ? rowPeriod : columnPeriods.get(0).period();
				BigDecimal value = number(numeric.group(1) + ((numeric.group(2) != null) ? numeric.group(2) : ""));
				String metric = (column == null) ? label
						: (label == null || rowPeriod != null) ? column : column + ": " + label;
				figures.add(new DraftFigure(plain(value.multiply(unit.scale())), unit.unit(), Qualifier.EXACT,
						cells[c].strip(), period, metric, quote, place.locator(), place.askNumber(),
						Confidence.of((column != null) ? 0.85 : 0.6, (column != null)
								? "a table cell under \"" + column + "\"" : "a table cell without a column heading")));
			}
		}
		return figures;
	}

	private record Column(FigureUnit unit, BigDecimal scale) {
	}

	private static Column column(String header, String cell) {
		String text = ((header != null) ? header : "") + " " + cell;
		String compact = text.toLowerCase(Locale.ROOT).replace(" ", "");
		if (compact.contains("£bn") || compact.contains("£billion")) {
			return new Column(FigureUnit.GBP, BigDecimal.valueOf(1_000_000_000));
		}
		if (compact.contains("£m") || compact.contains("£million")) {
			return new Column(FigureUnit.GBP, BigDecimal.valueOf(1_000_000));
		}
		if (compact.contains("£k") || compact.contains("£000") || compact.contains("£'000")) {
			return new Column(FigureUnit.GBP, BigDecimal.valueOf(1_000));
		}
		if (compact.contains("£")) {
			return new Column(FigureUnit.GBP, BigDecimal.ONE);
		}
		if (compact.contains("%") || compact.contains("percent")) {
			return new Column(FigureUnit.PERCENT, BigDecimal.ONE);
		}
		boolean people = header != null && java.util.Arrays.stream(header.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
			.anyMatch(PEOPLE_NOUNS::contains);
		return new Column(people ? FigureUnit.PEOPLE : FigureUnit.COUNT, BigDecimal.ONE);
	}

	private record Found(int start, int end, BigDecimal value, FigureUnit unit, double score, String reason) {
	}

	private record Hedge(Qualifier qualifier, int start) {
	}

	/**
	 * The hedge in the words just before a figure ("c. £20m", "just under £3m"), and
	 * where its words start.
	 */
	private static Hedge hedgeBefore(String sentence, int at) {
		String before = sentence.substring(Math.max(0, at - 40), at);
		for (Map.Entry<Pattern, Qualifier> hedge : HEDGES) {
			Matcher match = hedge.getKey().matcher(before);
			if (match.find()) {
				return new Hedge(hedge.getValue(), at - before.length() + match.start(1));
			}
		}
		return new Hedge(Qualifier.EXACT, at);
	}

	private static Map.Entry<Pattern, Qualifier> hedge(String words, Qualifier qualifier) {
		return Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(" + words + ")\\s*$"), qualifier);
	}

	/**
	 * What a count counts, as far as the words around it say: years, months, days,
	 * people, or things.
	 */
	private static FigureUnit countUnit(String sentence, int start, int end) {
		Matcher duration = DURATION.matcher(after(sentence, end));
		if (duration.find()) {
			String word = duration.group(1).toLowerCase(Locale.ROOT);
			return word.startsWith("y") ? FigureUnit.YEARS : word.startsWith("m") ? FigureUnit.MONTHS : FigureUnit.DAYS;
		}
		if (AGE.matcher(sentence.substring(Math.max(0, start - 30), start)).find()) {
			return FigureUnit.YEARS;
		}
		String[] next = after(sentence, end).strip().split("[^\\p{L}']+", 4);
		for (int i = 0; i < Math.min(3, next.length); i++) {
			if (PEOPLE_NOUNS.contains(next[i].toLowerCase(Locale.ROOT))) {
				return FigureUnit.PEOPLE;
			}
		}
		return FigureUnit.COUNT;
	}

	/**
	 * The words just after a figure: enough to read its unit ("-year", "older people"),
	 * and bounded, so that reading them costs the same on a line of any length.
	 */
	private static String after(String sentence, int at) {
		return sentence.substring(at, Math.min(sentence.length(), at + 60));
	}

	private static BigDecimal scale(String word) {
		if (word == null) {
			return BigDecimal.ONE;
		}
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
			case "m", "million" -> BigDecimal.valueOf(1_000_000);
			case "k", "thousand" -> BigDecimal.valueOf(1_000);
			default -> BigDecimal.ONE;
		};
	}

	private static BigDecimal number(String written) {
		return new BigDecimal(written.replace(",", ""));
	}

	/** 11400000 rather than 1.14E+7 or 11400000.0: the exact value, written plainly. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static void mask(boolean[] masked, int start, int end) {
		for (int i = start; i < end; i++) {
			masked[i] = true;
		}
	}

	private static boolean free(boolean[] masked, int start, int end) {
		for (int i = start; i < end; i++) {
			if (masked[i]) {
				return false;
			}
		}
		return true;
	}

}
