package london.scrutiny.tracker.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws the pages' pictures from the data of their queries: how a report's asks stand,
 * and a committee's asks and answers year by year.
 */
final class Charts {

	private static final int WIDTH = 640;

	private static final int LABEL_COLUMN = 150;

	private Charts() {
	}

	/** A category of a stacked bar: which values it counts, its name and its colour. */
	private record Category(String name, String tone, List<String> values) {
	}

	private record Row(String question, String field, List<Category> categories) {
	}

	private static final List<Row> QUESTIONS = List.of(
			new Row("Answer", "responseStatus",
					List.of(new Category("answered on time", "good", List.of("RESPONDED")),
							new Category("answered late", "warn", List.of("RESPONDED_LATE")),
							new Category("overdue", "bad", List.of("RESPONSE_OVERDUE")),
							new Category("awaiting an answer", "neutral", List.of("AWAITING_RESPONSE")))),
			new Row("Position", "position",
					List.of(new Category("accepted", "good", List.of("ACCEPTED", "ALREADY_IN_PLACE")),
							new Category("partly accepted", "warn", List.of("PARTIALLY_ACCEPTED")),
							new Category("not accepted", "bad", List.of("NOT_ACCEPTED")),
							new Category("no clear position", "neutral",
									java.util.Arrays.asList("UNDER_CONSIDERATION", "NOTED", null)))),
			new Row("Implementation", "implementation",
					List.of(new Category("implemented", "good", List.of("IMPLEMENTED")),
							new Category("in progress", "warn", List.of("IN_PROGRESS")),
							new Category("not implemented", "bad", List.of("NOT_IMPLEMENTED", "NOT_STARTED")),
							new Category("unknown or not assessed", "neutral",
									java.util.Arrays.asList("UNKNOWN", "SUPERSEDED", null)))));

	/**
	 * Three stacked bars: how the asks were answered, the positions taken,
	 * implementation.
	 */
	static Chart reportStatus(List<Map<String, Object>> asks, String asOfWords) {
		int total = asks.size();
		double barWidth = WIDTH - LABEL_COLUMN - 10;
		List<Chart.Mark> marks = new ArrayList<>();
		List<Chart.Label> labels = new ArrayList<>();
		List<String> sentences = new ArrayList<>();
		double y = 10;
		for (Row row : QUESTIONS) {
			labels.add(new Chart.Label(LABEL_COLUMN - 8, y + 17, row.question(), "end", "ink"));
			double x = LABEL_COLUMN;
			List<String> parts = new ArrayList<>();
			for (Category category : row.categories()) {
				long count = asks.stream()
					.filter((a) -> category.values().stream().anyMatch((v) -> Objects.equals(v, a.get(row.field()))))
					.count();
				parts.add(count + " " + category.name());
				if (count == 0) {
					continue;
				}
				double w = barWidth * count / Math.max(total, 1);
				marks.add(new Chart.Mark(x, y, w, 26, category.tone(), count + " " + category.name()));
				if (w >= 22) {
					labels.add(new Chart.Label(x + w / 2, y + 18, String.valueOf(count), "middle",
							"on-" + category.tone()));
				}
				x += w;
			}
			sentences.add(row.question() + ": " + String.join(", ", parts) + ".");
			y += 40;
		}
		List<Chart.Legend> legend = QUESTIONS.stream()
			.flatMap((r) -> r.categories().stream())
			.collect(Collectors.toMap(Category::tone, Category::name, (a, b) -> a + "; " + b, LinkedHashMap::new))
			.entrySet()
			.stream()
			.map((e) -> new Chart.Legend(e.getKey(), e.getValue()))
			.toList();
		return new Chart("report-status", "How the " + total + " asks stand as of " + asOfWords,
				String.join(" ", sentences), WIDTH, (int) y, marks, labels, legend);
	}

	/**
	 * Asks put and first answers received, year by year, up to the date: bars side by
	 * side.
	 */
	static Chart askedAndAnswered(List<Map<String, Object>> items, LocalDate asOf) {
		Map<Integer, Long> asked = byYear(items, (i) -> (String) i.get("askedOn"), asOf);
		Map<Integer, Long> answered = byYear(items, (i) -> {
			Object ask = i.get("recommendation");
			return (ask instanceof Map<?, ?> a) ? (String) a.get("firstAnsweredOn") : null;
		}, asOf);
		TreeMap<Integer, long[]> years = new TreeMap<>();
		asked.forEach((y, n) -> years.computeIfAbsent(y, (k) -> new long[2])[0] = n);
		answered.forEach((y, n) -> years.computeIfAbsent(y, (k) -> new long[2])[1] = n);
		if (!years.isEmpty()) {
			for (int y = years.firstKey(); y <= years.lastKey(); y++) {
				years.computeIfAbsent(y, (k) -> new long[2]);
			}
		}
		long max = years.values().stream().mapToLong((c) -> Math.max(c[0], c[1])).max().orElse(1);
		int height = 220;
		double base = height - 30;
		double plot = base - 20;
		double slot = (WIDTH - 40.0) / Math.max(years.size(), 1);
		double bar = Math.min(40, slot / 3);
		List<Chart.Mark> marks = new ArrayList<>();
		List<Chart.Label> labels = new ArrayList<>();
		List<String> sentences = new ArrayList<>();
		double x = 20;
		for (Map.Entry<Integer, long[]> year : years.entrySet()) {
			double centre = x + slot / 2;
			long[] c = year.getValue();
			for (int k = 0; k < 2; k++) {
				double h = plot * c[k] / Math.max(max, 1);
				double left = centre - bar - 2 + k * (bar + 4);
				String what = (k == 0) ? " asks put" : " first answers";
				marks.add(new Chart.Mark(left, base - h, bar, h, (k == 0) ? "asked" : "answered",
						c[k] + what + " in " + year.getKey()));
				labels.add(new Chart.Label(left + bar / 2, base - h - 4, String.valueOf(c[k]), "middle", "ink"));
			}
			labels.add(new Chart.Label(centre, base + 18, String.valueOf(year.getKey()), "middle", "ink"));
			sentences.add(year.getKey() + ": " + c[0] + " asked, " + c[1] + " answered.");
			x += slot;
		}
		marks.add(new Chart.Mark(10, base, WIDTH - 20, 1, "axis", "axis"));
		return new Chart("asked-and-answered", "Asks put and first answers received, by year",
				sentences.isEmpty() ? "No asks yet." : String.join(" ", sentences), WIDTH, height, marks, labels,
				List.of(new Chart.Legend("asked", "asks put"), new Chart.Legend("answered", "first answers received")));
	}

	private static Map<Integer, Long> byYear(List<Map<String, Object>> items,
			Function<Map<String, Object>, String> date, LocalDate asOf) {
		return items.stream()
			.map(date)
			.filter(Objects::nonNull)
			.map(LocalDate::parse)
			.filter((d) -> !d.isAfter(asOf))
			.collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
	}

}
