package london.scrutiny.tracker.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of queries over the seed, each with the results a reader would expect at the
 * top, asked over HTTP as a client asks them.
 */
@ApiTest
class SearchTests {

	private static final String SEARCH = """
			query($t: String!, $first: Int, $after: String, $filter: SearchFilter, $syntax: SearchSyntax) {
			  search(text: $t, first: $first, after: $after, filter: $filter, syntax: $syntax) {
			    totalCount pageInfo { hasNextPage endCursor }
			    edges { cursor score matchedField snippet
			      highlights { field text marked matches { start end } }
			      node { __typename
			        ... on Recommendation { id report { id } }
			        ... on Response { id recommendation { id report { id } } }
			        ... on Programme { id }
			        ... on Evidence { id }
			        ... on Letter { id sentOn inReplyTo { reports { id } } }
			        ... on Report { id publishedOn } } } } }""";

	@LocalServerPort
	int port;

	private GraphQlCalls http;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@Test
	void funded_findsFundingByItsStem_andMarksTheWordAsWritten() {
		JsonNode search = search("funded", Map.of("first", 60));
		assertThat(ids(search)).contains("programme/domestic-abuse-duty-funding", "programme/vawg-fund");
		JsonNode duty = edge(search, "programme/domestic-abuse-duty-funding");
		assertThat(duty.path("highlights").path(0).path("marked").asString())
			.isEqualTo("Domestic Abuse Duty <mark>funding</mark>");
		assertThat(marked(search)).as("every result shows a form of the word")
			.allSatisfy((words) -> assertThat(words).isNotEmpty()
				.allSatisfy((word) -> assertThat(word.toLowerCase()).startsWith("fund")));
	}

	@Test
	void aQuotedPhrase_findsTheWordsTogetherInThatOrder_bestNamedFirst() {
		JsonNode phrase = search("\"safe accommodation\"", Map.of("first", 60));
		assertThat(ids(phrase).get(0)).isEqualTo("programme/domestic-abuse-safe-accommodation-framework");
		assertThat(phrase.path("totalCount").asInt()).isEqualTo(ids(phrase).size()).isGreaterThan(5);
		assertThat(marked(phrase)).allSatisfy((words) -> assertThat(words)
			.anySatisfy((word) -> assertThat(word).isEqualToIgnoringCase("safe accommodation")));
		assertThat(total(search("\"accommodation safe\"", Map.of()))).isZero();
		assertThat(total(search("accommodation safe", Map.of())))
			.isGreaterThanOrEqualTo(phrase.path("totalCount").asInt());
	}

	@Test
	void anAskAboutVictims_ranksAboveOneThatOnlyMentionsThem() {
		List<String> asks = ids(search("victims", Map.of("filter", Map.of("kind", List.of("RECOMMENDATION")))));
		assertThat(asks).contains("pcc-2021-03-17/1", "pcc-2023-01-25/1", "pcc-2022-vawg/13");
		assertThat(asks.indexOf("pcc-2021-03-17/1")).isLessThan(asks.indexOf("pcc-2022-vawg/13"));
		assertThat(asks.indexOf("pcc-2023-01-25/1")).isLessThan(asks.indexOf("pcc-2022-vawg/13"));
	}

	@Test
	void wordsStandingTogether_rankAboveTheSameWordsApart() {
		JsonNode search = search("stalking threat assessment", Map.of());
		assertThat(ids(search).get(0)).isEqualTo("programme/stalking-threat-assessment-centre");
		assertThat(edges(search).get(0).path("snippet").asString()).isEqualTo("Stalking Threat Assessment Centre");
		List<Double> scores = edges(search).stream().map((e) -> e.path("score").asDouble()).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void highlights_markExactlyTheMatchedWords_atTheirOffsets_withHtmlEscaped() {
		for (JsonNode edge : edges(search("MOPAC's funding", Map.of("first", 50)))) {
			assertThat(edge.path("highlights").size()).isPositive();
			assertThat(edge.path("snippet").asString())
				.isEqualTo(edge.path("highlights").path(0).path("text").asString());
			assertThat(edge.path("matchedField").asString())
				.isEqualTo(edge.path("highlights").path(0).path("field").asString());
			for (JsonNode fragment : edge.path("highlights")) {
				String text = fragment.path("text").asString();
				StringBuilder expected = new StringBuilder();
				int at = 0;
				for (JsonNode match : fragment.path("matches")) {
					int start = match.path("start").asInt();
					int end = match.path("end").asInt();
					assertThat(start).isGreaterThanOrEqualTo(at);
					// A match is one of the words, or the words together
					// ("MOPAC-funded").
					assertThat(text.substring(start, end).toLowerCase().split("[^a-z]+"))
						.allSatisfy((word) -> assertThat(word).matches("mopac|s|fund\\w*"));
					expected.append(html(text.substring(at, start)))
						.append("<mark>")
						.append(html(text.substring(start, end)))
						.append("</mark>");
					at = end;
				}
				expected.append(html(text.substring(at)));
				assertThat(fragment.path("marked").asString()).isEqualTo(expected.toString());
			}
		}
	}

	@Test
	void filters_byKind_report_andDate_keepOnlyWhatTheySay() {
		JsonNode letters = search("MOPAC", Map.of("first", 60, "filter", Map.of("kind", List.of("LETTER"))));
		assertThat(types(letters)).isNotEmpty().containsOnly("Letter");

		JsonNode vawg = search("victims", Map.of("first", 60, "filter",
				Map.of("reportId", List.of("pcc-2022-vawg"), "kind", List.of("RECOMMENDATION", "RESPONSE", "REPORT"))));
		assertThat(types(vawg)).contains("Recommendation", "Response");
		for (JsonNode node : edges(vawg).stream().map((e) -> e.path("node")).toList()) {
			JsonNode report = node.has("recommendation") ? node.path("recommendation").path("report")
					: node.path("report");
			assertThat(report.path("id").asString()).as(node.toString()).isEqualTo("pcc-2022-vawg");
		}

		Map<String, Object> kinds = Map.of("kind", List.of("LETTER", "RESPONSE"));
		int all = total(search("MOPAC", Map.of("filter", kinds)));
		JsonNode from2023 = search("MOPAC",
				Map.of("first", 60, "filter", Map.of("kind", List.of("LETTER", "RESPONSE"), "from", "2023-01-01")));
		JsonNode before2023 = search("MOPAC",
				Map.of("filter", Map.of("kind", List.of("LETTER", "RESPONSE"), "to", "2022-12-31")));
		assertThat(total(from2023)).isPositive();
		assertThat(total(before2023)).isPositive();
		assertThat(total(from2023) + total(before2023)).isEqualTo(all);
		edges(from2023).stream()
			.map((e) -> e.path("node").path("sentOn"))
			.filter((d) -> !d.isMissingNode())
			.forEach((d) -> assertThat(d.asString()).isGreaterThanOrEqualTo("2023-01-01"));

		assertThat(total(search("funding", Map.of("filter", Map.of("from", "2020-01-01", "to", "2020-12-31")))))
			.isLessThan(total(search("funding", Map.of())));
		assertThat(GraphQlCalls
			.classifications(query("funding", Map.of("filter", Map.of("from", "2023-01-01", "to", "2022-01-01")))))
			.containsExactly("BAD_REQUEST");
	}

	@Test
	void pagingToTheEnd_visitsEveryResultOnce_inScoreOrder() {
		int total = total(search("domestic abuse", Map.of()));
		assertThat(total).isGreaterThan(20);
		List<String> seen = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 7));
			if (after != null) {
				variables.put("after", after);
			}
			JsonNode page = search("domestic abuse", variables);
			assertThat(page.path("totalCount").asInt()).isEqualTo(total);
			edges(page).forEach((e) -> {
				seen.add(e.path("node").path("__typename").asString() + " " + e.path("node").path("id").asString());
				scores.add(e.path("score").asDouble());
			});
			more = page.path("pageInfo").path("hasNextPage").asBoolean();
			after = page.path("pageInfo").path("endCursor").asString();
		}
		assertThat(seen).hasSize(total).doesNotHaveDuplicates();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		JsonNode past = search("domestic abuse", Map.of("after", after));
		assertThat(edges(past)).isEmpty();
		assertThat(past.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
	}

	@Test
	void specialCharacters_areText_notSyntax_unlessLuceneSyntaxIsAskedFor() {
		int mopac = total(search("MOPAC", Map.of()));
		for (String text : List.of("^MOPAC", "MOPAC*", "+MOPAC", "MOPAC~", "(MOPAC)", "MOPAC\\")) {
			assertThat(total(search(text, Map.of()))).as(text).isEqualTo(mopac);
		}
		for (String text : List.of(".*", "[a-z]+", "{\"$gt\": \"\"}", "*", "?", "\"", "NOT AND OR", "&&||")) {
			JsonNode result = query(text, Map.of());
			assertThat(result.path("errors").isMissingNode()).as(text).isTrue();
			assertThat(result.path("data").path("search").path("totalCount").asInt()).as(text).isZero();
		}
		// "title:" is a word in the default syntax, a field in Lucene's.
		assertThat(total(search("title:stalking", Map.of()))).isZero();
		JsonNode inTitles = search("title:stalking OR name:stalking", Map.of("syntax", "LUCENE"));
		assertThat(total(inTitles)).isPositive();
		edges(inTitles).forEach((e) -> assertThat(e.path("matchedField").asString()).isIn("title", "name"));
		// A misspelling finds nothing as words, and the word it is near with Lucene's ~.
		assertThat(total(search("stlk~", Map.of()))).isZero();
		assertThat(ids(search("stlk~", Map.of("syntax", "LUCENE"))))
			.contains("programme/stalking-threat-assessment-centre");
	}

	@Test
	void badText_isAClassifiedBadRequest_neverAServerError() {
		List<String> bad = List.of("abuse\u0000", "\u0000", " ", "x".repeat(201), "x ".repeat(5000));
		for (String text : bad) {
			JsonNode result = query(text, Map.of());
			assertThat(GraphQlCalls.classifications(result)).as(text.length() + " characters")
				.containsExactly("BAD_REQUEST");
			assertThat(result.toString()).doesNotContain("Exception");
		}
		for (String text : List.of("stalking AND (", "*abuse", "title:", "\"unclosed", "AND", "[x TO")) {
			JsonNode result = query(text, Map.of("syntax", "LUCENE"));
			assertThat(GraphQlCalls.classifications(result)).as(text).containsExactly("BAD_REQUEST");
			assertThat(result.path("errors").path(0).path("message").asString()).as(text).contains("Lucene");
		}
		assertThat(GraphQlCalls.classifications(query("abuse", Map.of("after", "bm90IGEgY3Vyc29y"))))
			.containsExactly("BAD_REQUEST");
	}

	private JsonNode query(String text, Map<String, Object> variables) {
		Map<String, Object> all = new java.util.HashMap<>(variables);
		all.put("t", text);
		return this.http.query(SEARCH, all);
	}

	private JsonNode search(String text, Map<String, Object> variables) {
		JsonNode result = query(text, variables);
		assertThat(result.path("errors").isMissingNode()).as(text + " " + result.path("errors")).isTrue();
		return result.path("data").path("search");
	}

	private static int total(JsonNode search) {
		return search.path("totalCount").asInt();
	}

	private static List<JsonNode> edges(JsonNode search) {
		List<JsonNode> edges = new ArrayList<>();
		search.path("edges").forEach(edges::add);
		return edges;
	}

	private static List<String> ids(JsonNode search) {
		return edges(search).stream().map((e) -> e.path("node").path("id").asString()).toList();
	}

	private static Set<String> types(JsonNode search) {
		Set<String> types = new HashSet<>();
		edges(search).forEach((e) -> types.add(e.path("node").path("__typename").asString()));
		return types;
	}

	private static JsonNode edge(JsonNode search, String id) {
		return edges(search).stream()
			.filter((e) -> e.path("node").path("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** Per result, the words its highlights mark. */
	private static List<List<String>> marked(JsonNode search) {
		List<List<String>> all = new ArrayList<>();
		for (JsonNode edge : edges(search)) {
			List<String> words = new ArrayList<>();
			for (JsonNode fragment : edge.path("highlights")) {
				String text = fragment.path("text").asString();
				fragment.path("matches")
					.forEach((m) -> words.add(text.substring(m.path("start").asInt(), m.path("end").asInt())));
			}
			all.add(words);
		}
		return all;
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
