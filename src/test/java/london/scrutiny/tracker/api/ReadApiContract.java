package london.scrutiny.tracker.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.OverHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API's contract, through HTTP, on the seeded store. Subclasses run it against
 * the embedded server and against a real MongoDB.
 */
abstract class ReadApiContract extends OverHttp {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MongoTemplate mongo;

	@Test
	void reports_listsTheReportsAndMeetingsButNoLetters() {
		List<String> kinds = this.graphQl.document("{ reports(first: 100) { totalCount edges { node { id kind } } } }")
			.execute()
			.path("reports.edges[*].node.kind")
			.entityList(String.class)
			.get();
		assertThat(kinds).isNotEmpty()
			.doesNotContain("LETTER")
			.contains("COMMITTEE_REPORT", "COMMITTEE_MEETING", "SUPER_COMPLAINT_REPORT", "ANNUAL_REPORT");
	}

	@Test
	void report_givesTheVawgReportWithItsFourteenRecommendationsInOrderAndTheAnsweringLetter() {
		this.graphQl.document("""
				{ report(id: "pcc-2022-vawg") { kind title requestedOn responseDueOn responseDue { basis countedFrom }
				    recommendations { number } letters { reference } } }""")
			.execute()
			.path("report.kind")
			.entity(String.class)
			.isEqualTo("COMMITTEE_REPORT")
			.path("report.requestedOn")
			.entity(String.class)
			.isEqualTo("2022-03-23")
			.path("report.responseDueOn")
			.entity(String.class)
			.isEqualTo("2022-05-23")
			.path("report.responseDue.basis")
			.entity(String.class)
			.isEqualTo("POLICY")
			.path("report.recommendations[*].number")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
			.path("report.letters[*].reference")
			.entityList(String.class)
			.containsExactly("MGLA230322-7616");
	}

	@Test
	void report_returnsNullForAnUnknownIdAndForALetterId() {
		this.graphQl
			.document("{ a: report(id: \"no-such-report\") { id } b: report(id: \"letter/MGLA230322-7616\") { id } }")
			.execute()
			.path("a")
			.valueIsNull()
			.path("b")
			.valueIsNull();
	}

	@Test
	void recommendation_showsTheAskItsAddresseesDeadlineAndStatusAsOfTheDateAsked() {
		this.graphQl.document("""
				{ recommendation(id: "pcc-2022-vawg/6", asOf: "2022-09-15") {
				    kind number text addressees { id } deadline { date precision text }
				    responseStatus daysLate deadlineStatus daysToDeadline
				    responses { letter { reference } } report { id } } }""")
			.execute()
			.path("recommendation.kind")
			.entity(String.class)
			.isEqualTo("RECOMMENDATION")
			.path("recommendation.text")
			.entity(String.class)
			.satisfies((t) -> assertThat(t).startsWith("MOPAC must demonstrate, by September 2022"))
			.path("recommendation.addressees[*].id")
			.entityList(String.class)
			.containsExactly("org/mopac")
			.path("recommendation.deadline.date")
			.entity(String.class)
			.isEqualTo("2022-09-30")
			.path("recommendation.deadline.precision")
			.entity(String.class)
			.isEqualTo("MONTH")
			.path("recommendation.responseStatus")
			.entity(String.class)
			.isEqualTo("RESPONDED_LATE")
			.path("recommendation.daysLate")
			.entity(Integer.class)
			.isEqualTo(87)
			.path("recommendation.deadlineStatus")
			.entity(String.class)
			.isEqualTo("UPCOMING")
			.path("recommendation.daysToDeadline")
			.entity(Integer.class)
			.isEqualTo(15)
			.path("recommendation.report.id")
			.entity(String.class)
			.isEqualTo("pcc-2022-vawg");
	}

	@Test
	void recommendations_asOfBeforeTheAnswer_showNoneAnsweredAndAllOverdue() {
		JsonNode page = this.http.query("""
				{ recommendations(filter: { reportId: ["pcc-2022-vawg"] }, asOf: "2022-08-01", first: 20) {
				    totalCount edges { node { responseStatus position } } } }""");
		JsonNode edges = page.path("data").path("recommendations").path("edges");
		assertThat(page.path("data").path("recommendations").path("totalCount").asInt()).isEqualTo(14);
		edges.forEach((e) -> {
			assertThat(e.path("node").path("responseStatus").asString()).isEqualTo("RESPONSE_OVERDUE");
			assertThat(e.path("node").path("position").isNull()).isTrue();
		});
	}

	@Test
	void recommendations_pagingByEndCursorVisitsEveryAskOnceInAStableOrder() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		long total;
		do {
			JsonNode page = this.http.query(
					"query($after: String) { recommendations(first: 4, after: $after) { totalCount "
							+ "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
					(after != null) ? Map.of("after", after) : Map.of());
			JsonNode connection = page.path("data").path("recommendations");
			total = connection.path("totalCount").asLong();
			connection.path("edges").forEach((e) -> seen.add(e.path("node").path("id").asString()));
			assertThat(connection.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(after != null);
			after = connection.path("pageInfo").path("hasNextPage").asBoolean()
					? connection.path("pageInfo").path("endCursor").asString() : null;
			pages++;
		}
		while (after != null && pages < 50);
		assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
		assertThat(total).isEqualTo(this.mongo.getCollection("asks").countDocuments());
		assertThat(pages).isEqualTo((int) Math.ceil(total / 4.0));
	}

	@Test
	void recommendations_filtersNarrowByReportKindAddresseeThemeStatusTextAndDate() {
		assertThat(count("{ reportId: [\"pcc-2021-03-17\"] }")).isEqualTo(5);
		assertThat(count("{ kind: ACTION }")).isEqualTo(7);
		assertThat(count("{ addresseeId: [\"org/home-office\"] }")).isPositive();
		assertThat(count("{ reportId: [\"pcc-2022-vawg\"], addresseeId: [\"org/mps\"] }")).isPositive()
			.isLessThan(count("{ reportId: [\"pcc-2022-vawg\"] }"));
		assertThat(count("{ theme: [\"violence-against-women-and-girls\"] }")).isPositive();
		assertThat(count("{ reportId: [\"pcc-2022-vawg\"], responseStatus: [RESPONDED_LATE] }")).isEqualTo(14);
		assertThat(count("{ reportId: [\"pcc-2022-vawg\"], position: [NOT_ACCEPTED] }")).isEqualTo(1);
		assertThat(count("{ text: \"by September 2022\" }")).isEqualTo(2);
		assertThat(count("{ askedFrom: \"2022-01-01\", askedTo: \"2022-12-31\" }")).isEqualTo(14);
	}

	@Test
	void letter_findsTheReferenceHoweverItIsSpacedOrCased() {
		for (String typed : List.of("MOPAC090223- C4495", "mopac090223-c4495", "MOPAC090223C4495",
				" MOPAC090223-C4495 ")) {
			this.graphQl
				.document("query($r: String!) { letter(reference: $r) { reference referenceAsWritten sentOn } }")
				.variable("r", typed)
				.execute()
				.path("letter.reference")
				.entity(String.class)
				.isEqualTo("MOPAC090223-C4495")
				.path("letter.sentOn")
				.entity(String.class)
				.isEqualTo("2023-05-04");
		}
		this.graphQl.document("{ letter(reference: \"MOPAC000000-X0000\") { id } }")
			.execute()
			.path("letter")
			.valueIsNull();
	}

	@Test
	void letter_saysWhatItAnswersHowThatDateIsKnownAndHowLongItTook() {
		this.graphQl.document("""
				{ letter(reference: "MOPAC120421-D3666") { inReplyTo { date how reports { id } } daysToRespond
				    acknowledgesDelay delaySource { quote } responses { recommendation { id } } } }""")
			.execute()
			.path("letter.inReplyTo.date")
			.entity(String.class)
			.isEqualTo("2021-04-12")
			.path("letter.inReplyTo.how")
			.entity(String.class)
			.isEqualTo("STATED")
			.path("letter.daysToRespond")
			.entity(Integer.class)
			.isEqualTo(56)
			.path("letter.acknowledgesDelay")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("letter.delaySource.quote")
			.entity(String.class)
			.satisfies((q) -> assertThat(q).contains("apologies for the delay"))
			.path("letter.responses")
			.entityList(Object.class)
			.hasSize(5);
	}

	@Test
	void letters_filterByDateDelayAndReport() {
		assertThat(
				this.http.query("{ letters { totalCount } }").path("data").path("letters").path("totalCount").asInt())
			.isEqualTo(4);
		assertThat(this.http.query("{ letters(filter: { acknowledgesDelay: true }) { totalCount } }")
			.path("data")
			.path("letters")
			.path("totalCount")
			.asInt()).isEqualTo(2);
		assertThat(this.http.query("{ letters(filter: { sentFrom: \"2022-01-01\" }) { edges { node { reference } } } }")
			.findValuesAsString("reference")).containsExactly("MOPAC090223-C4495", "MGLA230322-7616");
		assertThat(this.http.query(
				"{ letters(filter: { repliesTo: \"hmicfrs-2021-safe-to-share\" }) { edges { node { reference } } } }")
			.findValuesAsString("reference")).containsExactly("MOPAC301121-D3912");
	}

	@Test
	void programme_linksBackToTheAsksAndLettersWhoseAnswersNameIt() {
		this.graphQl.document(
				"""
						{ programme(id: "programme/drive") { name aliases recommendations { id } letters { reference } sources { quote } } }""")
			.execute()
			.path("programme.name")
			.entity(String.class)
			.isEqualTo("Drive")
			.path("programme.recommendations[*].id")
			.entityList(String.class)
			.contains("pcc-2022-vawg/13")
			.path("programme.letters[*].reference")
			.entityList(String.class)
			.contains("MGLA230322-7616");
		this.graphQl.document("{ programme(id: \"programme/none\") { id } }").execute().path("programme").valueIsNull();
	}

	@Test
	void programmes_filterByTextKindAndPlace() {
		assertThat(this.http.query("{ programmes(filter: { text: \"S-TAC\" }) { edges { node { id } } } }")
			.findValuesAsString("id")).containsExactly("programme/stalking-threat-assessment-centre");
		assertThat(this.http.query("{ programmes(filter: { place: \"lambeth\" }) { edges { node { id } } } }")
			.findValuesAsString("id")).contains("programme/myends");
		JsonNode funds = this.http
			.query("{ programmes(filter: { kind: [FUND] }, first: 100) { edges { node { kind } } } }");
		assertThat(funds.findValuesAsString("kind")).isNotEmpty().containsOnly("FUND");
	}

	@Test
	void evidence_givesExactFiguresAndTheSentenceThatStatesThem() {
		JsonNode found = this.http.query("""
				{ evidence(filter: { text: "11.4m" }) { edges { node { figures { value unit }
				    source { quote document { id } } recommendations { id } } } } }""");
		JsonNode node = found.path("data").path("evidence").path("edges").get(0).path("node");
		assertThat(node.path("figures").get(0).path("value").decimalValue()).isEqualByComparingTo("11400000");
		assertThat(node.path("figures").get(0).path("unit").asString()).isEqualTo("GBP");
		assertThat(node.path("source").path("quote").asString()).contains("£11.4m has been awarded so far");
		assertThat(node.path("source").path("document").path("id").asString()).isEqualTo("letter/MGLA230322-7616");
		assertThat(node.path("recommendations").findValuesAsString("id")).contains("pcc-2022-vawg/10");
	}

	@Test
	void evidence_contrastsAreFindableBothWays() {
		JsonNode contrasted = this.http
			.query("""
					{ evidence(filter: { hasContrast: true }, first: 100) { totalCount edges { node { id contrasts { id contrasts { id } } } } } }""");
		assertThat(contrasted.path("data").path("evidence").path("totalCount").asInt()).isPositive();
		contrasted.path("data").path("evidence").path("edges").forEach((e) -> {
			String id = e.path("node").path("id").asString();
			e.path("node").path("contrasts").forEach((c) -> assertThat(c.findValuesAsString("id")).contains(id));
		});
	}

	@Test
	void statusSummary_countsEveryStatusValueForTheVawgReportOnceAnswered() {
		JsonNode summary = this.http.query("""
				{ statusSummary(filter: { reportId: ["pcc-2022-vawg"] }, asOf: "2022-09-01") {
				    asOf total byResponseStatus { status count } byPosition { position count } } }""")
			.path("data")
			.path("statusSummary");
		assertThat(summary.path("total").asInt()).isEqualTo(14);
		Map<String, Integer> byStatus = new java.util.HashMap<>();
		summary.path("byResponseStatus")
			.forEach((c) -> byStatus.put(c.path("status").asString(), c.path("count").asInt()));
		assertThat(byStatus).containsOnlyKeys("AWAITING_RESPONSE", "RESPONSE_OVERDUE", "RESPONDED", "RESPONDED_LATE")
			.containsEntry("RESPONDED_LATE", 14);
		int positions = 0;
		for (JsonNode c : summary.path("byPosition")) {
			positions += c.path("count").asInt();
		}
		assertThat(positions).isEqualTo(14);
	}

	@Test
	void search_findsLiteralTextAcrossKindsWithASnippet() {
		JsonNode result = this.http.query("""
				{ search(text: "stalking threat assessment", first: 20) { totalCount
				    edges { matchedField snippet node { __typename ... on Programme { id } } } } }""");
		JsonNode search = result.path("data").path("search");
		assertThat(search.path("totalCount").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(search.findValuesAsString("__typename")).contains("Programme", "Response");
		search.path("edges")
			.forEach((e) -> assertThat(e.path("snippet").asString().toLowerCase())
				.contains("stalking threat assessment"));
	}

	@Test
	void search_treatsPatternCharactersAndOperatorsAsText() {
		// Search matches words: a pattern or operator character is neither a pattern nor
		// an operator, so it changes nothing, and text with no word finds nothing.
		int mopac = this.http.query("{ search(text: \"MOPAC\") { totalCount } }")
			.path("data")
			.path("search")
			.path("totalCount")
			.asInt();
		assertThat(mopac).isPositive();
		JsonNode anchored = this.http.query("{ search(text: \"^MOPAC\") { totalCount } }");
		assertThat(anchored.path("data").path("search").path("totalCount").asInt()).isEqualTo(mopac);
		for (String text : List.of(".*zz", "{\"$gt\": \"\"}", "[a-z]+", ".*")) {
			JsonNode result = this.http.query("query($t: String!) { search(text: $t) { totalCount } }",
					Map.of("t", text));
			assertThat(result.path("errors").isMissingNode()).as(text).isTrue();
			assertThat(result.path("data").path("search").path("totalCount").asInt()).as(text).isZero();
		}
		JsonNode filtered = this.http.query("{ recommendations(filter: { text: \".*\" }) { totalCount } }");
		assertThat(filtered.path("data").path("recommendations").path("totalCount").asInt()).isZero();
	}

	@Test
	void badInput_getsAClassifiedErrorThatSaysWhatToChange() {
		assertBadRequest("{ recommendations(first: 1000) { totalCount } }", "100");
		assertBadRequest("{ recommendations(first: -1) { totalCount } }", "between 1 and 100");
		assertBadRequest("{ recommendations(after: \"Zm9yZ2Vk\") { totalCount } }", "cursor");
		assertBadRequest("{ recommendations(after: \"not base64 at all!\") { totalCount } }", "cursor");
		assertBadRequest("{ recommendations(asOf: \"2022-02-30\") { totalCount } }", "");
		assertBadRequest(
				"{ recommendations(filter: { askedFrom: \"2023-01-01\", askedTo: \"2022-01-01\" }) { totalCount } }",
				"empty");
		assertBadRequest("{ recommendations { totalCount ", "");
		assertBadRequest("{ recommendations { noSuchField } }", "noSuchField");
		assertBadRequest("{ search(text: \"   \") { totalCount } }", "text");
	}

	@Test
	void badInput_neverLeaksAStackTraceAndChangesNothing() {
		Map<String, Long> before = counts();
		for (String query : List.of("{ recommendations(first: 1000) { totalCount } }",
				"{ search(text: \"{\\\"$gt\\\": \\\"\\\"}\") { totalCount } }",
				"{ letters(filter: { text: \"'); db.asks.drop(); ('\" }) { totalCount } }")) {
			String body = this.http
				.postJson("/graphql", "{\"query\": "
						+ tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(query) + "}")
				.body();
			assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
		}
		assertThat(this.http.postJson("/graphql", "{not json").statusCode()).isEqualTo(400);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void organisationsAndPeople_resolveTheNamesTheDocumentsUse() {
		assertThat(this.http.query("{ organisations(filter: { text: \"the Met\" }) { edges { node { id } } } }")
			.findValuesAsString("id")).containsExactly("org/mps");
		JsonNode linden = this.http.query(
				"{ person(id: \"person/sophie-linden\") { name roles { title organisation { id } asOf source { quote } } } }")
			.path("data")
			.path("person");
		assertThat(linden.path("roles").findValuesAsString("title")).contains("Deputy Mayor for Policing and Crime");
		assertThat(linden.path("roles").get(0).path("organisation").path("id").asString()).isEqualTo("org/mopac");
		assertThat(this.http.query("{ people(first: 100) { totalCount } }")
			.path("data")
			.path("people")
			.path("totalCount")
			.asInt()).isGreaterThanOrEqualTo(7);
		assertThat(
				this.http.query("{ organisation(id: \"org/none\") { id } }").path("data").path("organisation").isNull())
			.isTrue();
	}

	@Test
	void reports_filterByKindTextDateAndAuthor() {
		assertThat(ids("{ reports(filter: { kind: [COMMITTEE_MEETING] }) { edges { node { id } } } }"))
			.containsExactly("pcc-2021-03-17", "pcc-2023-01-25");
		assertThat(ids("{ reports(filter: { authorId: \"org/hmicfrs\" }) { edges { node { id } } } }"))
			.containsExactlyInAnyOrder("hmicfrs-2021-safe-to-share", "hmicfrs-2021-police-response-to-women-and-girls");
		assertThat(ids(
				"{ reports(filter: { publishedFrom: \"2021-01-01\", publishedTo: \"2021-12-31\" }) { edges { node { id } } } }"))
			.containsExactly("pcc-2021-03-17");
		assertThat(ids("{ reports(filter: { text: \"Independent Custody Visiting\" }) { edges { node { id } } } }"))
			.containsExactly("mopac-annual-report-2019-20");
		assertBadRequest("{ reports(filter: { kind: [LETTER] }) { totalCount } }", "");
	}

	@Test
	void letters_programmesAndEvidence_filterByWhoAndWhatTheyCite() {
		assertThat(ids("{ letters(filter: { fromId: \"person/sophie-linden\" }) { edges { node { id } } } }"))
			.containsExactly("letter/MOPAC301121-D3912", "letter/MOPAC120421-D3666");
		assertThat(ids("{ programmes(filter: { ownerId: \"org/vru\" }, first: 100) { edges { node { id } } } }"))
			.contains("programme/myends");
		assertThat(
				ids("{ programmes(filter: { funderId: \"org/home-office\" }, first: 100) { edges { node { id } } } }"))
			.isNotEmpty();
		JsonNode byDocument = this.http.query("""
				{ evidence(filter: { documentId: "letter/MOPAC090223-C4495", unit: GBP }, first: 100) {
				  edges { node { source { document { id } } figures { unit } } } } }""");
		assertThat(byDocument.findValuesAsString("id")).isNotEmpty().containsOnly("letter/MOPAC090223-C4495");
		byDocument.path("data")
			.path("evidence")
			.path("edges")
			.forEach((e) -> assertThat(e.path("node").path("figures").findValuesAsString("unit")).contains("GBP"));
		assertThat(ids("{ evidence(filter: { recommendationId: \"pcc-2022-vawg/10\" }) { edges { node { id } } } }"))
			.contains("evidence/MGLA230322-7616/dasaf-awarded-total");
		assertThat(ids(
				"{ evidence(filter: { programmeId: \"programme/myends\" }, first: 100) { edges { node { id } } } }"))
			.isNotEmpty();
	}

	@Test
	void cursorFromOneListIsRejectedByAnother() {
		String cursor = this.http.query("{ programmes(first: 1) { pageInfo { endCursor } } }")
			.path("data")
			.path("programmes")
			.path("pageInfo")
			.path("endCursor")
			.asString();
		assertBadRequest("{ recommendations(after: \"" + cursor + "\") { totalCount } }", "cursor");
	}

	private void assertBadRequest(String query, String messagePart) {
		JsonNode response = this.http.query(query);
		assertThat(GraphQlCalls.classifications(response)).as(query).isNotEmpty().containsOnly("BAD_REQUEST");
		assertThat(response.path("errors").get(0).path("message").asString()).as(query).contains(messagePart);
	}

	private List<String> ids(String query) {
		JsonNode response = this.http.query(query);
		assertThat(response.path("errors").isMissingNode()).as(query + ": " + response.path("errors")).isTrue();
		return response.findValuesAsString("id");
	}

	private int count(String filter) {
		JsonNode response = this.http
			.query("{ recommendations(filter: " + filter + ", first: 100) { totalCount edges { node { id } } } }");
		assertThat(response.path("errors").isMissingNode()).as(filter + ": " + response.path("errors")).isTrue();
		JsonNode connection = response.path("data").path("recommendations");
		assertThat(connection.path("edges").size()).isEqualTo(connection.path("totalCount").asInt());
		return connection.path("totalCount").asInt();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		Set<String> names = new HashSet<>(this.mongo.getCollectionNames());
		names.forEach((n) -> counts.put(n, this.mongo.getCollection(n).countDocuments()));
		return counts;
	}

}
