package london.scrutiny.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ask.StatusService;
import london.scrutiny.tracker.support.UkDates;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public tracker: each page runs one GraphQL query ({@code pages/*.graphql}) and
 * links to it. Status is shown as of {@code ?asOf=YYYY-MM-DD} (default today).
 */
@Controller
class PublicPages {

	static final String PCC = "org/london-assembly-pcc";

	private final PageData data;

	private final StatusService status;

	private final PageFormat format;

	PublicPages(PageData data, StatusService status, PageFormat format) {
		this.data = data;
		this.status = status;
		this.format = format;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String asOf, Model model) {
		LocalDate date = asOf(asOf);
		Map<String, Object> result = load("home", vars("asOf", chosen(asOf, date)), model, date);
		List<Map<String, Object>> reports = nodes(result.get("reports"));
		for (String list : List.of("committees", "overdue", "missed", "letters")) {
			model.addAttribute(list + "List", nodes(result.get(list)));
		}
		model.addAttribute("latest", reports.stream()
			.sorted(Comparator.comparing(PublicPages::reportDate, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(8)
			.toList());
		return "home";
	}

	@GetMapping("/committees/{*id}")
	String committee(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
		LocalDate date = asOf(asOf);
		String committeeId = PageIds.COMMITTEE.id(id);
		Map<String, Object> result = load("committee", vars("id", committeeId, "asOf", chosen(asOf, date)), model,
				date);
		found(result.get("organisation"), "No committee has the id '" + committeeId + "'.");
		Map<String, Object> summary = map(result.get("summaryOfActions"));
		List<Map<String, Object>> items = (summary != null) ? list(summary.get("items")) : List.of();
		model.addAttribute("chart", Charts.askedAndAnswered(items, date));
		model.addAttribute("committeeId", committeeId);
		model.addAttribute("reports", nodes(result.get("reports")).stream()
			.sorted(Comparator.comparing(PublicPages::reportDate, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList());
		return "committee";
	}

	@GetMapping("/reports/{*id}")
	String report(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
		LocalDate date = asOf(asOf);
		String reportId = PageIds.REPORT.id(id);
		Map<String, Object> result = load("report", vars("id", reportId, "asOf", chosen(asOf, date)), model, date);
		found(result.get("report"), "No report or meeting has the id '" + reportId + "'.");
		List<Map<String, Object>> asks = nodes(result.get("recommendations"));
		model.addAttribute("asks", asks);
		model.addAttribute("chart", Charts.reportStatus(asks, UkDates.format(date)));
		return "report";
	}

	@GetMapping("/asks/{*id}")
	String ask(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
		LocalDate date = asOf(asOf);
		String askId = PageIds.ASK.id(id);
		Map<String, Object> result = load("ask", vars("id", askId, "asOf", chosen(asOf, date)), model, date);
		found(result.get("recommendation"), "No recommendation or action point has the id '" + askId + "'.");
		model.addAttribute("title", this.format.askName(map(result.get("recommendation"))));
		return "ask";
	}

	@GetMapping("/letters/{*reference}")
	String letter(@PathVariable String reference, Model model) {
		String ref = PageIds.LETTER.id(reference);
		Map<String, Object> result = load("letter", vars("reference", ref), model, null);
		found(result.get("letter"), "No letter has the reference '" + ref + "'.");
		return "letter";
	}

	@GetMapping("/programmes/{*id}")
	String programme(@PathVariable String id, Model model) {
		String programmeId = PageIds.PROGRAMME.id(id);
		Map<String, Object> result = load("programme", vars("id", programmeId), model, null);
		found(result.get("programme"), "No programme has the id '" + programmeId + "'.");
		return "programme";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", (q != null) ? q.strip() : "");
		if (q == null || q.isBlank()) {
			PageQuery example = this.data.query("search", vars("text", "Drive"));
			model.addAttribute("query", example);
			model.addAttribute("graphiqlHref", example.graphiqlHref());
			model.addAttribute("result", null);
			return "search";
		}
		if (q.length() > 200) {
			throw new PageException(HttpStatus.BAD_REQUEST, "Search for at most 200 characters.");
		}
		Map<String, Object> result = load("search", vars("text", q.strip()), model, null);
		model.addAttribute("hits",
				list(map(result.get("search")).get("edges")).stream()
					.map((edge) -> new SearchView(this.format.hit(map(edge.get("node"))),
							(String) edge.get("matchedField"), this.format.marked((String) edge.get("snippet"), q)))
					.toList());
		return "search";
	}

	private Map<String, Object> load(String page, Map<String, Object> variables, Model model, LocalDate asOf) {
		PageQuery query = this.data.query(page, variables);
		Map<String, Object> result = this.data.run(query);
		model.addAttribute("query", query);
		model.addAttribute("graphiqlHref", query.graphiqlHref());
		model.addAttribute("result", result);
		model.addAttribute("asOf", asOf);
		model.addAttribute("asOfIso", (asOf != null) ? asOf.toString() : null);
		model.addAttribute("asOfChosen", variables.get("asOf") != null);
		model.addAttribute("today", this.status.today());
		return result;
	}

	private LocalDate asOf(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return this.status.today();
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new PageException(HttpStatus.BAD_REQUEST,
					"The date must be a real calendar date written YYYY-MM-DD, such as 2022-09-01; got '" + asOf
							+ "'.");
		}
	}

	/** The date as a query variable, only where the reader chose one. */
	private static String chosen(String asOf, LocalDate date) {
		return (asOf == null || asOf.isBlank()) ? null : date.toString();
	}

	private static void found(Object record, String message) {
		if (record == null) {
			throw new PageException(HttpStatus.NOT_FOUND, message);
		}
	}

	private static Map<String, Object> vars(Object... pairs) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			variables.put((String) pairs[i], (value instanceof String s && s.isBlank()) ? null : value);
		}
		return variables;
	}

	private static String reportDate(Map<String, Object> report) {
		return (String) ((report.get("publishedOn") != null) ? report.get("publishedOn") : report.get("requestedOn"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	/** The nodes of a connection. */
	static List<Map<String, Object>> nodes(Object connection) {
		Map<String, Object> c = map(connection);
		return (c == null) ? List.of() : list(c.get("edges")).stream().map((e) -> map(e.get("node"))).toList();
	}

	/** A search hit as the page lists it. */
	public record SearchView(PageFormat.Hit hit, String field, List<PageFormat.Piece> pieces) {
	}

	/** A page that cannot be shown, and why. */
	static class PageException extends RuntimeException {

		private final HttpStatus status;

		PageException(HttpStatus status, String message) {
			super(message);
			this.status = status;
		}

		HttpStatus status() {
			return this.status;
		}

	}

}
