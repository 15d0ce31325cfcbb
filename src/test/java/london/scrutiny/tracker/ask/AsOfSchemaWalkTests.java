package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing dated after {@code asOf} is visible as of it, anywhere: the schema is read by
 * introspection, every query field that takes {@code asOf} is asked for every field
 * beneath it (each object type once per path, four levels down), for every date the seed
 * holds and the day before each, and every record in the answer is checked against its
 * stored date: letters by their date, answers by their letter's, assessments and deadline
 * revisions by the date they took effect, evidence by its source's, timeline events
 * unless marked upcoming, asks by the date they were put.
 */
@ApiTest
@TestPropertySource(properties = { "tracker.limits.max-nodes=1000000000", "tracker.limits.request-timeout=120s" })
class AsOfSchemaWalkTests {

	private static final int LEVELS = 4;

	private static final String TYPE = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	GraphQlCalls http;

	Map<String, JsonNode> types = new HashMap<>();

	@BeforeEach
	void readSchema() {
		this.http = new GraphQlCalls(this.port);
		JsonNode schema = this.http.query("{ __schema { types { name kind fields { name args { name type { " + TYPE
				+ " } defaultValue } type { " + TYPE + " } } } } }");
		schema.path("data").path("__schema").path("types").forEach((t) -> this.types.put(t.path("name").asString(), t));
	}

	@Test
	void everyFieldBeneathAnAsOfArgument_showsOnlyWhatWasDatedOnOrBeforeIt() {
		List<String> roots = new ArrayList<>();
		for (JsonNode field : this.types.get("Query").path("fields")) {
			boolean takesAsOf = false;
			for (JsonNode arg : field.path("args")) {
				takesAsOf |= arg.path("name").asString().equals("asOf");
			}
			if (takesAsOf) {
				roots.add(field.path("name").asString());
			}
		}
		assertThat(roots).contains("recommendations", "recommendation", "statusSummary", "summaryOfActions");
		int checked = 0;
		for (LocalDate date : seedDates()) {
			for (String root : roots) {
				for (String query : queries(root, date)) {
					String after = null;
					do {
						Map<String, Object> variables = new HashMap<>();
						variables.put("after", after);
						JsonNode answer = this.http.query(query, variables);
						assertThat(answer.path("errors").isMissingNode()).as(query + "\n" + answer.path("errors"))
							.isTrue();
						checked += check(answer.path("data"), date, query);
						JsonNode page = answer.path("data").path(root).path("pageInfo");
						after = page.path("hasNextPage").asBoolean() ? page.path("endCursor").asString() : null;
					}
					while (after != null);
				}
			}
		}
		assertThat(checked).as("dated records checked").isGreaterThan(1000);
	}

	@Test
	void theMayorsAnswerOfAugust2022_isNotVisibleOnTheFirstOfAugust() {
		JsonNode ask = this.http.query("""
				{ recommendation(id: "pcc-2022-vawg/6", asOf: "2022-08-01") {
				    responseStatus position responses { id position letter { sentOn } }
				    programmes { id } history { effectiveOn } timeline { kind upcoming }
				    report { letters { sentOn } } } }""").path("data").path("recommendation");
		assertThat(ask.path("responseStatus").asString()).isEqualTo("RESPONSE_OVERDUE");
		assertThat(ask.path("position").isNull()).isTrue();
		assertThat(ask.path("responses").size()).isZero();
		assertThat(ask.path("programmes").size()).isZero();
		assertThat(ask.path("history").size()).isZero();
		assertThat(ask.path("report").path("letters").size()).isZero();
		assertThat(ask.path("timeline").toString()).doesNotContain("ANSWERED");
		JsonNode after = this.http.query("""
				{ recommendation(id: "pcc-2022-vawg/6", asOf: "2022-08-18") {
				    responseStatus position responses { position letter { sentOn } } } }""")
			.path("data")
			.path("recommendation");
		assertThat(after.path("responseStatus").asString()).isEqualTo("RESPONDED_LATE");
		assertThat(after.path("responses").get(0).path("letter").path("sentOn").asString()).isEqualTo("2022-08-18");
		assertThat(after.path("responses").get(0).path("position").asString())
			.isEqualTo(after.path("position").asString());
	}

	@Test
	void statusSummaryAndTheListAgree_onEveryDate() {
		for (LocalDate date : seedDates()) {
			JsonNode summary = this.http
				.query("{ statusSummary(asOf: \"" + date + "\") { total byResponseStatus { status count } } }")
				.path("data")
				.path("statusSummary");
			JsonNode list = this.http
				.query("{ recommendations(asOf: \"" + date + "\", first: 100) { totalCount edges { node { "
						+ "responseStatus } } } }")
				.path("data")
				.path("recommendations");
			assertThat(summary.path("total").asInt()).as("total on " + date).isEqualTo(list.path("totalCount").asInt());
			for (JsonNode count : summary.path("byResponseStatus")) {
				int listed = 0;
				for (JsonNode edge : list.path("edges")) {
					listed += edge.path("node")
						.path("responseStatus")
						.asString()
						.equals(count.path("status").asString()) ? 1 : 0;
				}
				assertThat(count.path("count").asInt()).as(count.path("status") + " on " + date).isEqualTo(listed);
			}
		}
	}

	/** Every date on which something in the seed happened, and the day before each. */
	private Set<LocalDate> seedDates() {
		Set<LocalDate> dates = new TreeSet<>();
		for (Document d : this.mongo.findAll(Document.class, "documents")) {
			addDate(dates, d.get("date"));
			addDate(dates, d.get("requestedOn"));
		}
		for (Document a : this.mongo.findAll(Document.class, "assessments")) {
			addDate(dates, a.get("effectiveOn"));
		}
		for (Document r : this.mongo.findAll(Document.class, "deadlineRevisions")) {
			addDate(dates, r.get("effectiveOn"));
		}
		Set<LocalDate> withEves = new TreeSet<>(dates);
		dates.forEach((d) -> withEves.add(d.minusDays(1)));
		return withEves;
	}

	private static void addDate(Set<LocalDate> dates, Object value) {
		if (value != null) {
			dates.add(LocalDate.parse(value.toString()));
		}
	}

	/**
	 * One query per field of the root's type, so each stays within the node limit.
	 */
	private List<String> queries(String root, LocalDate date) {
		String args;
		String type;
		boolean connection = false;
		switch (root) {
			case "recommendations" -> {
				args = "asOf: \"" + date + "\", first: 100, after: $after";
				type = "Recommendation";
				connection = true;
			}
			case "recommendation" -> {
				args = "id: \"pcc-2022-vawg/6\", asOf: \"" + date + "\"";
				type = "Recommendation";
			}
			case "statusSummary" -> {
				args = "asOf: \"" + date + "\"";
				type = "StatusSummary";
			}
			case "summaryOfActions" -> {
				args = "committeeId: \"org/london-assembly-pcc\", asOf: \"" + date + "\"";
				type = "SummaryOfActions";
			}
			default -> throw new AssertionError("A query field takes asOf that this test does not know: " + root
					+ ". Add it here, so its fields are checked.");
		}
		List<String> queries = new ArrayList<>();
		Set<String> path = new LinkedHashSet<>(List.of(type));
		StringBuilder scalars = new StringBuilder();
		List<String> selections = new ArrayList<>();
		for (JsonNode field : this.types.get(type).path("fields")) {
			String selection = select(field, path, 1);
			if (selection != null && !selection.contains("{")) {
				scalars.append(' ').append(selection);
			}
			else if (selection != null) {
				selections.add(selection);
			}
		}
		selections.add(scalars.toString());
		for (String selection : selections) {
			{
				String body = "__typename " + selection;
				queries.add((connection ? "query($after: String) { " : "{ ") + root + "(" + args + ") { "
						+ (connection ? "totalCount pageInfo { hasNextPage endCursor } edges { node { __typename "
								+ selection + " } }" : body)
						+ " } }");
			}
		}
		return queries;
	}

	/** The selection of one field and everything beneath it, or null to leave it out. */
	private String select(JsonNode field, Set<String> path, int level) {
		for (JsonNode arg : field.path("args")) {
			if (arg.path("type").path("kind").asString().equals("NON_NULL") && arg.path("defaultValue").isNull()) {
				return null;
			}
		}
		JsonNode type = field.path("type");
		while (type.path("kind").asString().equals("NON_NULL") || type.path("kind").asString().equals("LIST")) {
			type = type.path("ofType");
		}
		String kind = type.path("kind").asString();
		String name = field.path("name").asString();
		if (kind.equals("SCALAR") || kind.equals("ENUM")) {
			return name;
		}
		if (!kind.equals("OBJECT") || level > LEVELS || path.contains(type.path("name").asString())
				|| type.path("name").asString().endsWith("Connection")) {
			return null;
		}
		Set<String> deeper = new LinkedHashSet<>(path);
		deeper.add(type.path("name").asString());
		StringBuilder sub = new StringBuilder("__typename");
		for (JsonNode child : this.types.get(type.path("name").asString()).path("fields")) {
			String selection = select(child, deeper, level + 1);
			if (selection != null) {
				sub.append(' ').append(selection);
			}
		}
		return name + " { " + sub + " }";
	}

	/** Checks every record in the answer; returns how many dated records it checked. */
	private int check(JsonNode node, LocalDate date, String query) {
		int checked = 0;
		if (node.isArray()) {
			for (JsonNode item : node) {
				checked += check(item, date, query);
			}
			return checked;
		}
		if (!node.isObject()) {
			return 0;
		}
		LocalDate dated = datedOn(node);
		if (dated != null) {
			assertThat(dated)
				.as(node.path("__typename").asString() + " " + node.path("id") + " seen as of " + date + " in " + query)
				.isBeforeOrEqualTo(date);
			checked++;
		}
		for (JsonNode child : node) {
			checked += check(child, date, query);
		}
		return checked;
	}

	/** The stored date from which a record exists, or null when it has none to check. */
	private LocalDate datedOn(JsonNode node) {
		String id = node.path("id").isString() ? node.path("id").asString() : null;
		switch (node.path("__typename").asString()) {
			case "Letter":
				return dateOf("documents", id, "date");
			case "Response":
				Document response = this.mongo.findById(id, Document.class, "responses");
				return dateOf("documents", response.getString("letterId"), "date");
			case "Assessment":
				return dateOf("assessments", id, "effectiveOn");
			case "DeadlineRevision":
				return dateOf("deadlineRevisions", id, "effectiveOn");
			case "Evidence":
				Document evidence = this.mongo.findById(id, Document.class, "evidence");
				return dateOf("documents", evidence.get("source", Document.class).getString("documentId"), "date");
			case "AskEvent":
				return node.path("upcoming").asBoolean() ? null : LocalDate.parse(node.path("date").asString());
			case "ActionItem":
				return node.path("askedOn").isString() ? LocalDate.parse(node.path("askedOn").asString()) : null;
			default:
				return null;
		}
	}

	private LocalDate dateOf(String collection, String id, String field) {
		if (id == null) {
			return null;
		}
		Document found = this.mongo.findById(id, Document.class, collection);
		Object value = (found != null) ? found.get(field) : null;
		return (value != null) ? LocalDate.parse(value.toString()) : null;
	}

}
