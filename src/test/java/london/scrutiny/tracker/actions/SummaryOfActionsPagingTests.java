package london.scrutiny.tracker.actions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.support.RequestDeadline;
import london.scrutiny.tracker.support.RequestNodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Summary List of Actions a page at a time ({@code actions}) and by status, over HTTP
 * on the seed: the pages make up the whole list, the filter and the date hold on every
 * page, and bad paging input is refused with a classified error.
 */
@ApiTest
class SummaryOfActionsPagingTests {

	static final String PCC = "org/london-assembly-pcc";

	/** The fields compared between a page and the whole list. */
	static final String ITEM = """
			recommendation { id responseStatus } from { id } status actionRequired askedOn responseDueOn daysLate
			correspondenceSent correspondenceReceived { reference } forActionBy { id }""";

	@LocalServerPort
	int port;

	@Autowired
	SummaryOfActionsController controller;

	@Autowired
	SummaryOfActionsService summaries;

	GraphQlCalls http;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@Test
	void walkingEveryPageOfTwoGivesTheWholeListInItsOrderEachItemOnce() {
		for (String asOf : List.of("2022-06-01", "2023-06-01")) {
			List<JsonNode> whole = items(asOf, null);
			assertThat(whole).hasSizeGreaterThan(5);
			List<JsonNode> walked = walk(asOf, null, 2);
			assertThat(walked).as("pages as of " + asOf).containsExactlyElementsOf(whole);
			assertThat(ids(walked)).doesNotHaveDuplicates();
		}
	}

	@Test
	void aPageSaysWhereItSitsAndHowManyThereAre() {
		JsonNode first = page("2022-06-01", null, 5, null);
		assertThat(first.path("totalCount").asInt()).isEqualTo(19);
		assertThat(first.path("edges")).hasSize(5);
		assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		assertThat(first.path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();
		assertThat(first.path("pageInfo").path("endCursor").asString())
			.isEqualTo(first.path("edges").get(4).path("cursor").asString());
		// From an edge's cursor in the middle of a page, the next page starts just after
		// it.
		JsonNode fromThird = page("2022-06-01", null, 2, first.path("edges").get(2).path("cursor").asString());
		assertThat(fromThird.path("edges").get(0).path("node")).isEqualTo(first.path("edges").get(3).path("node"));
		assertThat(fromThird.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
		JsonNode last = page("2022-06-01", null, 100, null);
		assertThat(last.path("edges")).hasSize(19);
		assertThat(last.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		JsonNode beyond = page("2022-06-01", null, 5, last.path("pageInfo").path("endCursor").asString());
		assertThat(beyond.path("edges")).isEmpty();
		assertThat(beyond.path("pageInfo").path("endCursor").isNull()).isTrue();
		assertThat(beyond.path("totalCount").asInt()).isEqualTo(19);
	}

	@Test
	void theStatusFilterKeepsOnlyMatchingItemsAndCountsThem() {
		// On 1 March 2023 two actions of the January meeting await their answer; every
		// other action is completed.
		JsonNode summary = summary("2023-03-01",
				"completed inProgress overdue actions(status: [OVERDUE, IN_PROGRESS], first: 100) { totalCount "
						+ "edges { node { recommendation { id } status } } } "
						+ "completedItems: items(status: [COMPLETED]) { status }");
		JsonNode outstanding = summary.path("actions");
		assertThat(outstanding.path("totalCount").asInt())
			.isEqualTo(summary.path("overdue").asInt() + summary.path("inProgress").asInt())
			.isEqualTo(outstanding.path("edges").size())
			.isEqualTo(2);
		assertThat(outstanding.path("edges").valueStream().map((e) -> e.path("node").path("status").asString()))
			.containsOnly("IN_PROGRESS");
		assertThat(summary.path("completed").asInt()).isGreaterThan(2);
		assertThat(summary.path("completedItems")).hasSize(summary.path("completed").asInt())
			.allMatch((i) -> i.path("status").asString().equals("COMPLETED"));
		// The filtered pages are the whole list's matching items, in the same order.
		for (String asOf : List.of("2022-06-01", "2023-03-01")) {
			for (List<String> statuses : List.of(List.of("OVERDUE"), List.of("OVERDUE", "IN_PROGRESS"),
					List.of("COMPLETED", "IN_PROGRESS"))) {
				List<JsonNode> matching = items(asOf, null).stream()
					.filter((i) -> statuses.contains(i.path("status").asString()))
					.toList();
				String filter = statuses.toString();
				assertThat(walk(asOf, filter, 3)).as(asOf + " " + filter).containsExactlyElementsOf(matching);
				assertThat(items(asOf, filter)).as(asOf + " " + filter).containsExactlyElementsOf(matching);
			}
		}
		assertThat(page("2022-06-01", "[OVERDUE]", 1, null).path("totalCount").asInt()).isEqualTo(14);
	}

	@Test
	void theCountsStayOverTheWholeListWhateverThePageOrFilter() {
		JsonNode summary = summary("2022-06-01",
				"completed inProgress overdue actions(status: [COMPLETED], first: 1) { totalCount }");
		assertThat(summary.path("completed").asInt()).isEqualTo(5);
		assertThat(summary.path("overdue").asInt()).isEqualTo(14);
		assertThat(summary.path("actions").path("totalCount").asInt()).isEqualTo(5);
	}

	@Test
	void aPageIsSeenAsOfTheListsDate() {
		// The VAWG report was answered by the letter of 18 August 2022: overdue, with no
		// letter, on 1 August; completed, with it, on 1 September.
		JsonNode before = page("2022-08-01", "[OVERDUE]", 20, null);
		assertThat(before.path("totalCount").asInt()).isEqualTo(14);
		assertThat(before.path("edges").valueStream().map((e) -> e.path("node")))
			.allMatch((n) -> n.path("recommendation").path("id").asString().startsWith("pcc-2022-vawg/"))
			.allMatch((n) -> n.path("recommendation").path("responseStatus").asString().equals("RESPONSE_OVERDUE"))
			.allMatch((n) -> n.path("correspondenceReceived").isEmpty());
		JsonNode after = page("2022-09-01", "[OVERDUE]", 20, null);
		assertThat(after.path("totalCount").asInt()).isZero();
		JsonNode answered = page("2022-09-01", "[COMPLETED]", 20,
				before.path("edges").get(0).path("cursor").asString());
		assertThat(answered.path("edges").valueStream().map((e) -> e.path("node"))).isNotEmpty()
			.allMatch(
					(n) -> n.path("correspondenceReceived").findValuesAsString("reference").contains("MGLA230322-7616")
							|| !n.path("recommendation").path("id").asString().startsWith("pcc-2022-vawg/"));
		// Nothing was asked yet on the first day of 2020.
		JsonNode empty = page("2020-01-01", null, 20, null);
		assertThat(empty.path("totalCount").asInt()).isZero();
		assertThat(empty.path("edges")).isEmpty();
		assertThat(empty.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
	}

	@Test
	void aCursorNamesItsActionSoItKeepsItsPlaceAcrossDatesAndFilters() {
		// Asks added to the list after the cursor was issued (here: those put between the
		// two dates) do not move where the next page starts.
		JsonNode early = page("2022-09-01", null, 4, null);
		String cursor = early.path("pageInfo").path("endCursor").asString();
		JsonNode next = page("2022-09-01", null, 4, cursor);
		JsonNode later = page("2023-06-01", null, 4, cursor);
		assertThat(later.path("totalCount").asInt()).isGreaterThan(next.path("totalCount").asInt());
		assertThat(later.path("edges").get(0).path("node").path("recommendation").path("id"))
			.isEqualTo(next.path("edges").get(0).path("node").path("recommendation").path("id"));
		// A cursor from the overdue actions, used on the whole list, continues just after
		// its action: the first overdue action follows the five completed ones.
		JsonNode overdue = page("2022-06-01", "[OVERDUE]", 1, null);
		assertThat(overdue.path("edges").get(0).path("node").path("recommendation").path("id").asString())
			.isEqualTo("pcc-2022-vawg/1");
		JsonNode following = page("2022-06-01", null, 1, overdue.path("pageInfo").path("endCursor").asString());
		assertThat(following.path("edges").get(0).path("node").path("recommendation").path("id").asString())
			.isEqualTo("pcc-2022-vawg/2");
	}

	@Test
	void firstOutOfRangeIsRefusedNamingTheArgument() {
		for (int first : List.of(0, -1)) {
			JsonNode response = this.http.query(
					"query($c: ID!, $n: Int) { summaryOfActions(committeeId: $c) { actions(first: $n) { totalCount } } }",
					Map.of("c", PCC, "n", first));
			assertThat(response.path("data").path("summaryOfActions").isNull()).isTrue();
			JsonNode error = response.path("errors").get(0);
			assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
			assertThat(error.path("extensions").path("argument").asString()).isEqualTo("first");
			assertThat(error.path("message").asString()).contains("'first' must be between 1 and 100");
		}
		JsonNode tooMany = this.http.query(
				"query($c: ID!) { summaryOfActions(committeeId: $c) { actions(first: 101) { totalCount } } }",
				Map.of("c", PCC));
		assertThat(GraphQlCalls.classifications(tooMany)).containsExactly("BAD_REQUEST");
		assertThat(tooMany.path("errors").get(0).path("extensions").path("limit").asString()).isEqualTo("maxPageSize");
	}

	@Test
	void aCursorThisListDidNotIssueIsRefusedNamingAfter() {
		String recommendationsCursor = this.http.query("{ recommendations(first: 1) { pageInfo { endCursor } } }")
			.path("data")
			.path("recommendations")
			.path("pageInfo")
			.path("endCursor")
			.asString();
		String searchCursor = this.http.query("{ search(text: \"police\", first: 1) { pageInfo { endCursor } } }")
			.path("data")
			.path("search")
			.path("pageInfo")
			.path("endCursor")
			.asString();
		String ours = page("2022-06-01", null, 1, null).path("pageInfo").path("endCursor").asString();
		String decoded = new String(Base64.getUrlDecoder().decode(ours), StandardCharsets.UTF_8);
		// The same keys with the date written as text: a cursor altered by hand.
		String altered = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					decoded.replaceFirst("\"askedOn\",\"d\"", "\"askedOn\",\"s\"").getBytes(StandardCharsets.UTF_8));
		assertThat(altered).isNotEqualTo(ours);
		for (String bad : List.of("not-a-cursor", recommendationsCursor, searchCursor, altered, "")) {
			JsonNode response = this.http.query(
					"query($c: ID!, $after: String) { summaryOfActions(committeeId: $c) { actions(after: $after) { totalCount } } }",
					Map.of("c", PCC, "after", bad));
			assertThat(response.path("data").path("summaryOfActions").isNull()).as(bad).isTrue();
			JsonNode error = response.path("errors").get(0);
			assertThat(error.path("extensions").path("classification").asString()).as(bad).isEqualTo("BAD_REQUEST");
			assertThat(error.path("extensions").path("argument").asString()).as(bad).isEqualTo("after");
			assertThat(error.path("message").asString()).as(bad).contains("'after' is not a cursor this list issued");
		}
	}

	/**
	 * The whole list ({@code items}) that the request has no room to return is refused
	 * before any item's addressees or letters are read: here the request's deadline has
	 * already passed, so any read would stop with a timeout instead. (The node limit of a
	 * real request is far larger than the seed's list; the HTTP path is the same.)
	 */
	@Test
	void aWholeListLongerThanTheNodesLeftIsRefusedBeforeItsItemsAreBuilt() {
		SummaryOfActions summary = this.summaries.forCommittee(PCC, LocalDate.parse("2022-06-01")).orElseThrow();
		assertThat(summary.lines()).hasSize(19);
		RequestNodes nodes = RequestNodes.start(18);
		RequestDeadline deadline = RequestDeadline.start(Duration.ofNanos(1));
		try {
			assertThatThrownBy(() -> this.controller.items(summary, null))
				.isInstanceOf(RequestNodes.NodeLimitException.class);
			assertThat(nodes.isOver()).isTrue();
			assertThat(deadline.wasPassed()).as("no item was built").isFalse();
		}
		finally {
			deadline.end();
			nodes.end();
		}
		RequestNodes room = RequestNodes.start(19);
		try {
			assertThat(this.controller.items(summary, null)).hasSize(19);
			assertThat(this.controller.items(summary, List.of(ActionStatus.COMPLETED))).hasSize(5);
		}
		finally {
			room.end();
		}
	}

	/** Every page of the list, {@code size} at a time, as the nodes' fields. */
	private List<JsonNode> walk(String asOf, String status, int size) {
		List<JsonNode> nodes = new ArrayList<>();
		String after = null;
		int pages = 0;
		while (true) {
			JsonNode page = page(asOf, status, size, after);
			page.path("edges").forEach((e) -> nodes.add(e.path("node")));
			assertThat(page.path("edges").size()).isLessThanOrEqualTo(size);
			assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(after != null);
			assertThat(++pages).as("pages walked").isLessThan(100);
			if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
				assertThat(page.path("totalCount").asInt()).isEqualTo(nodes.size());
				return nodes;
			}
			after = page.path("pageInfo").path("endCursor").asString();
		}
	}

	private JsonNode page(String asOf, String status, int first, String after) {
		String filter = (status != null) ? "status: " + status + ", " : "";
		Map<String, Object> variables = new HashMap<>();
		variables.put("first", first);
		variables.put("after", after);
		return summary(asOf,
				"actions(" + filter + "first: $first, after: $after) { totalCount "
						+ "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { " + ITEM
						+ " } } }",
				variables, "$first: Int, $after: String")
			.path("actions");
	}

	private List<JsonNode> items(String asOf, String status) {
		String filter = (status != null) ? "(status: " + status + ")" : "";
		List<JsonNode> items = new ArrayList<>();
		summary(asOf, "items" + filter + " { " + ITEM + " }").path("items").forEach(items::add);
		return items;
	}

	private JsonNode summary(String asOf, String selection) {
		return summary(asOf, selection, new HashMap<>(), "");
	}

	private JsonNode summary(String asOf, String selection, Map<String, Object> variables, String declarations) {
		variables.put("c", PCC);
		variables.put("asOf", asOf);
		JsonNode result = this.http.query("query($c: ID!, $asOf: Date" + (declarations.isEmpty() ? "" : ", ")
				+ declarations + ") { summaryOfActions(committeeId: $c, asOf: $asOf) { " + selection + " } }",
				variables);
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		return result.path("data").path("summaryOfActions");
	}

	private static List<String> ids(List<JsonNode> items) {
		return items.stream().map((i) -> i.path("recommendation").path("id").asString()).toList();
	}

}
