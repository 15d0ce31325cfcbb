package london.scrutiny.tracker.writes;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk relies on when writing: replays change nothing, bad input changes nothing,
 * every write is audited.
 */
@WriteTest
class WriteBehaviourTests extends WriteFixtures {

	@Test
	void aReportSentTwiceIsStoredOnce_andMoreAsksCanBeAddedLater() {
		String id = "pcc-replay-" + WriteFixtures.next();
		JsonNode first = WriteFixtures.data(
				this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(id))),
				"recordReport");
		assertThat(first.path("created").asBoolean()).isTrue();
		assertThat(first.path("asksCreated").asInt()).isEqualTo(2);
		Map<String, Long> before = WriteFixtures.counts(this.mongo);
		JsonNode again = WriteFixtures.data(
				this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(id))),
				"recordReport");
		assertThat(again.path("created").asBoolean()).isFalse();
		assertThat(again.path("asksCreated").asInt()).isZero();
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
	}

	@Test
	void aReportSentAgainWithDifferentContentIsAConflict() {
		String id = "pcc-conflict-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(id)));
		Map<String, Object> changed = new java.util.HashMap<>(WriteFixtures.report(id));
		changed.put("title", "Another title");
		JsonNode response = this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", changed));
		assertThat(WriteFixtures.classification(response)).isEqualTo("CONFLICT");
		assertThat(response.path("errors").get(0).path("extensions").path("currentVersion").asInt()).isZero();
	}

	@Test
	void aLetterSentTwice_evenWithItsReferenceSpacedDifferently_isStoredOnce() {
		String report = "pcc-letter-replay-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		JsonNode first = WriteFixtures.data(
				this.http.as(this.clerk, WriteFixtures.RECORD_LETTER,
						Map.of("input", WriteFixtures.letter("MOPAC010324- R" + WriteFixtures.next(), report))),
				"recordLetter");
		assertThat(first.path("created").asBoolean()).isTrue();
		String reference = first.path("letter").path("reference").asString();
		assertThat(first.path("letter").path("inReplyTo").path("date").asString()).isEqualTo("2024-03-01");
		assertThat(first.path("letter").path("inReplyTo").path("how").asString()).isEqualTo("DERIVED_FROM_REFERENCE");
		assertThat(first.path("letter").path("responses").size()).isEqualTo(2);
		Map<String, Long> before = WriteFixtures.counts(this.mongo);
		JsonNode again = WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER,
				Map.of("input", WriteFixtures.letter(reference.toLowerCase(), report))), "recordLetter");
		assertThat(again.path("created").asBoolean()).isFalse();
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
	}

	@Test
	void aLetterWhoseWriteStoppedHalfWayIsInvisibleUntilARetryCompletesIt() {
		String report = "pcc-half-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		String reference = "MOPAC010324-H" + WriteFixtures.next();
		// What a crash after the first response's insert leaves behind: a response, no
		// letter.
		this.mongo
			.insert(new Document("_id", "letter/" + reference + "#" + report + "/1").append("askId", report + "/1")
				.append("letterId", "letter/" + reference)
				.append("text", "We will publish the plan in May 2024.")
				.append("source",
						new Document("documentId", "letter/" + reference)
							.append("quote", "We will publish the plan in May 2024.")
							.append("locator", null))
				.append("commitments",
						List.of(new Document("text", "Publish the plan").append("due",
								new Document("date", "2024-05-31").append("precision", "MONTH")
									.append("text", "in May 2024"))))
				.append("programmeIds", List.of("programme/drive"))
				.append("evidenceIds", List.of())
				.append("version", 0L), "responses");
		JsonNode hidden = this.http.query(
				"query($id: ID!) { recommendation(id: $id) { responses { id } responseStatus } "
						+ "search(text: \"\\\"publish the plan in May 2024\\\"\") { totalCount } }",
				Map.of("id", report + "/1"));
		assertThat(hidden.path("data").path("recommendation").path("responses").size()).isZero();
		assertThat(hidden.path("data").path("recommendation").path("responseStatus").asString()).isNotIn("RESPONDED",
				"RESPONDED_LATE");
		assertThat(hidden.path("data").path("search").path("totalCount").asInt()).isZero();

		JsonNode retried = WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER,
				Map.of("input", WriteFixtures.letter(reference, report))), "recordLetter");
		assertThat(retried.path("created").asBoolean()).isTrue();
		assertThat(this.mongo.count(Query.query(Criteria.where("letterId").is("letter/" + reference)), "responses"))
			.isEqualTo(2);
		JsonNode visible = this.http.query("query($id: ID!) { recommendation(id: $id) { responses { id } } }",
				Map.of("id", report + "/1"));
		assertThat(visible.path("data").path("recommendation").path("responses").size()).isEqualTo(1);
	}

	@Test
	void anAssessmentSentTwiceIsAppendedOnce_andEarlierOnesAreKept() {
		long before = this.mongo.count(Query.query(Criteria.where("askId").is("pcc-2022-vawg/5")), "assessments");
		String rationale = "Targets now set in the outcomes framework " + WriteFixtures.next();
		JsonNode first = WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_ASSESSMENT,
				Map.of("input", WriteFixtures.assessment("pcc-2022-vawg/5", rationale))), "recordAssessment");
		assertThat(first.path("created").asBoolean()).isTrue();
		assertThat(first.path("assessment").path("assessedBy").asString()).isEqualTo("Test CLERK");
		JsonNode again = WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_ASSESSMENT,
				Map.of("input", WriteFixtures.assessment("pcc-2022-vawg/5", rationale))), "recordAssessment");
		assertThat(again.path("created").asBoolean()).isFalse();
		assertThat(again.path("assessment").path("id").asString())
			.isEqualTo(first.path("assessment").path("id").asString());
		assertThat(this.mongo.count(Query.query(Criteria.where("askId").is("pcc-2022-vawg/5")), "assessments"))
			.isEqualTo(before + 1);
	}

	@Test
	void invalidInputNamesEveryOffendingFieldAndChangesNothing() {
		Map<String, Long> before = WriteFixtures.counts(this.mongo);
		JsonNode letter = this.http.as(this.clerk, WriteFixtures.RECORD_LETTER,
				Map.of("input",
						Map.of("reference", "X", "sentOn", "2099-01-01", "from", Map.of("name", ""), "to", List.of(),
								"repliesTo", List.of("no-such-report"), "acknowledgesDelay", false, "responses",
								List.of(Map.of("recommendationId", "pcc-2022-vawg/1", "text", "")))));
		assertThat(WriteFixtures.classification(letter)).isEqualTo("BAD_REQUEST");
		assertThat(letter.path("errors")
			.get(0)
			.path("extensions")
			.path("fields")
			.valueStream()
			.map(JsonNode::asString)
			.toList()).contains("input.reference", "input.sentOn", "input.from.name", "input.to", "input.repliesTo",
					"input.responses[0].text");
		JsonNode report = this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input",
				Map.of("id", "Bad Id!", "kind", "COMMITTEE_REPORT", "title", "t", "authorId", "org/none", "asks",
						List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "addresseeIds", List.of("org/none"),
								"deadline", Map.of("date", "2024-06-15", "precision", "MONTH"))))));
		assertThat(report.path("errors").get(0).path("message").asString()).contains("input.id", "input.authorId",
				"input.asks[0].addresseeIds", "input.asks[0].deadline.date");
		JsonNode evidence = this.http.as(this.editor, WriteFixtures.RECORD_EVIDENCE,
				Map.of("input", Map.of("id", "evidence/test/bad", "statement", "s", "figures",
						List.of(Map.of("metric", "m", "value", "1", "unit", "GBP")), "source",
						Map.of("documentId", "letter/MGLA230322-7616", "quote", "A sentence the Mayor never wrote."))));
		assertThat(evidence.path("errors").get(0).path("message").asString()).contains("input.source.quote",
				"verbatim");
		JsonNode unknown = this.http.as(this.clerk, WriteFixtures.RECORD_ASSESSMENT,
				Map.of("input", WriteFixtures.assessment("pcc-2022-vawg/99", "x")));
		assertThat(WriteFixtures.classification(unknown)).isEqualTo("NOT_FOUND");
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
	}

	@Test
	void everyWriteIsAuditedWithWhoWhatAndTheRecordBeforeAndAfter() {
		String id = "programme/audited-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_PROGRAMME, Map.of("input", WriteFixtures.programme(id)));
		this.http.as(this.editor, WriteFixtures.UPDATE_PROGRAMME,
				Map.of("input", Map.of("id", id, "expectedVersion", 0, "status", "Commissioned")));
		JsonNode trail = this.http.as(ApiTest.ADMIN_TOKEN,
				"""
						query($id: ID!) { auditTrail(filter: { targetId: $id }) { totalCount edges { node { actor role operation before after } } } }""",
				Map.of("id", id))
			.path("data")
			.path("auditTrail");
		assertThat(trail.path("totalCount").asInt()).isEqualTo(2);
		JsonNode update = trail.path("edges").get(0).path("node");
		assertThat(update.path("operation").asString()).isEqualTo("updateProgramme");
		assertThat(update.path("actor").asString()).isEqualTo("Test EDITOR");
		assertThat(update.path("role").asString()).isEqualTo("EDITOR");
		assertThat(update.path("before").asString()).doesNotContain("Commissioned");
		assertThat(update.path("after").asString()).contains("\"status\": \"Commissioned\"");
		JsonNode create = trail.path("edges").get(1).path("node");
		assertThat(create.path("operation").asString()).isEqualTo("recordProgramme");
		assertThat(create.path("before").isNull()).isTrue();
	}

	@Test
	void aTokenIsShownOnceListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
		JsonNode created = WriteFixtures.data(this.http.as(ApiTest.ADMIN_TOKEN,
				"mutation { createToken(input: { name: \"Clerk Bea\", role: CLERK }) { secret token { id active } } }",
				Map.of()), "createToken");
		String secret = created.path("secret").asString();
		String id = created.path("token").path("id").asString();
		assertThat(secret).startsWith("trk_");
		String listed = this.http.as(ApiTest.ADMIN_TOKEN, "{ tokens { id name role active } }", Map.of()).toString();
		assertThat(listed).contains(id).doesNotContain(secret);
		assertThat(this.mongo.findById(id, Document.class, "tokens").toJson()).doesNotContain(secret);
		JsonNode works = this.http.as(secret, WriteFixtures.RECORD_ASSESSMENT,
				Map.of("input", WriteFixtures.assessment("pcc-2022-vawg/4", "Token check " + WriteFixtures.next())));
		assertThat(works.path("errors").isMissingNode()).isTrue();
		WriteFixtures.data(this.http.as(ApiTest.ADMIN_TOKEN,
				"mutation($id: ID!) { revokeToken(input: { id: $id }) { token { active } } }", Map.of("id", id)),
				"revokeToken");
		JsonNode refused = this.http.as(secret, WriteFixtures.RECORD_ASSESSMENT,
				Map.of("input", WriteFixtures.assessment("pcc-2022-vawg/4", "Token check " + WriteFixtures.next())));
		assertThat(WriteFixtures.classification(refused)).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void aDeadlineRevisionThroughTheApiKeepsTheOriginalAndNeedsAReason() {
		String report = "pcc-deadline-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		String revise = """
				mutation($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { created
				  revision { previous { date } deadline { date } reason revisedBy }
				  recommendation { version deadline { date } originalDeadline { date } deadlineRevisions { reason } } } }""";
		Map<String, Object> input = Map.of("recommendationId", report + "/1", "expectedVersion", 0, "deadline",
				Map.of("date", "2024-12-31", "precision", "MONTH", "text", "by December 2024"), "reason",
				"The plan now waits for the new Police and Crime Plan", "effectiveOn", "2024-05-01");
		JsonNode revised = WriteFixtures.data(this.http.as(this.editor, revise, Map.of("input", input)),
				"reviseDeadline");
		assertThat(revised.path("revision").path("previous").path("date").asString()).isEqualTo("2024-06-30");
		assertThat(revised.path("revision").path("revisedBy").asString()).isEqualTo("Test EDITOR");
		assertThat(revised.path("recommendation").path("originalDeadline").path("date").asString())
			.isEqualTo("2024-06-30");
		assertThat(revised.path("recommendation").path("version").asInt()).isEqualTo(1);
		JsonNode replay = WriteFixtures.data(this.http.as(this.editor, revise, Map.of("input", input)),
				"reviseDeadline");
		assertThat(replay.path("created").asBoolean()).isFalse();
		Map<String, Object> noReason = new java.util.HashMap<>(input);
		noReason.put("reason", " ");
		assertThat(WriteFixtures.classification(this.http.as(this.editor, revise, Map.of("input", noReason))))
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void linkingAContrastLinksBothRecordsAndRepeatingItChangesNothing() {
		String a = "evidence/test/contrast-a-" + WriteFixtures.next();
		String b = "evidence/test/contrast-b-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_EVIDENCE, Map.of("input", WriteFixtures.evidence(a)));
		this.http.as(this.editor, WriteFixtures.RECORD_EVIDENCE, Map.of("input", WriteFixtures.evidence(b)));
		String link = """
				mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { evidence { contrasts { id } contrastNote } } }""";
		Map<String, Object> input = Map.of("evidenceId", a, "contrastIds", List.of(b), "contrastNote",
				"Same award, two periods");
		JsonNode linked = WriteFixtures.data(this.http.as(this.editor, link, Map.of("input", input)), "linkEvidence");
		assertThat(linked.path("evidence").path("contrasts").findValuesAsString("id")).containsExactly(b);
		JsonNode other = this.http.query(
				"query($id: ID!) { evidence(filter: { ids: [$id] }) { edges { node { id contrasts { id } } } } }",
				Map.of("id", b));
		JsonNode otherSide = other.path("data")
			.path("evidence")
			.path("edges")
			.valueStream()
			.map((e) -> e.path("node"))
			.filter((n) -> n.path("id").asString().equals(b))
			.findFirst()
			.orElseThrow();
		assertThat(otherSide.path("contrasts").findValuesAsString("id")).containsExactly(a);
		this.http.as(this.editor, link, Map.of("input", input));
		JsonNode again = this.http.as(ApiTest.ADMIN_TOKEN,
				"query($id: ID!) { auditTrail(filter: { targetId: $id }) { totalCount } }", Map.of("id", b));
		assertThat(again.path("data").path("auditTrail").path("totalCount").asInt()).as("recorded, then linked once")
			.isEqualTo(2);
	}

	@Test
	void anAsksAnswersComeOldestLetterFirstWhateverTheOrderTheyWereRecorded() {
		String report = "pcc-order-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		Map<String, Object> later = new java.util.HashMap<>(
				WriteFixtures.letter("MOPAC010324-L" + WriteFixtures.next(), report));
		later.put("sentOn", "2024-06-01");
		Map<String, Object> earlier = new java.util.HashMap<>(
				WriteFixtures.letter("MOPAC010324-E" + WriteFixtures.next(), report));
		earlier.put("sentOn", "2024-04-01");
		WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", later)),
				"recordLetter");
		WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", earlier)),
				"recordLetter");
		JsonNode answers = this.http.query(
				"query($id: ID!) { recommendation(id: $id) { responses { letter { sentOn } } } }",
				Map.of("id", report + "/1"));
		assertThat(answers.findValuesAsString("sentOn")).containsExactly("2024-04-01", "2024-06-01");
	}

	@Test
	void updatesChangeOnlyWhatTheySendAndBumpTheVersion() {
		String report = "pcc-update-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report)));
		JsonNode ask = WriteFixtures
			.data(this.http
				.as(this.editor, """
						mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) {
						  recommendation { version text title addressees { id } } } }""",
						Map.of("input",
								Map.of("id", report + "/2", "expectedVersion", 0, "addresseeIds",
										List.of("org/mps", "org/mopac")))),
					"updateRecommendation")
			.path("recommendation");
		assertThat(ask.path("version").asInt()).isEqualTo(1);
		assertThat(ask.path("text").asString()).isEqualTo("The Met must report quarterly.");
		assertThat(ask.path("addressees").findValuesAsString("id")).containsExactly("org/mps", "org/mopac");

		String programme = "programme/funded-" + WriteFixtures.next();
		this.http.as(this.editor, WriteFixtures.RECORD_PROGRAMME, Map.of("input", WriteFixtures.programme(programme)));
		JsonNode funded = WriteFixtures.data(this.http.as(this.editor,
				"""
						mutation($input: AddFundingLineInput!) { addFundingLine(input: $input) {
						  programme { version funding { amount currency qualifier period { from to text } funder { id } } } } }""",
				Map.of("input",
						Map.of("programmeId", programme, "expectedVersion", 0, "amount", "2500000.50", "funderId",
								"org/home-office", "period",
								Map.of("from", "2022-04-01", "to", "2023-03-31", "text", "2022-23")))),
				"addFundingLine")
			.path("programme");
		assertThat(funded.path("version").asInt()).isEqualTo(1);
		JsonNode line = funded.path("funding").get(0);
		assertThat(line.path("amount").decimalValue()).isEqualByComparingTo("2500000.50");
		assertThat(line.path("currency").asString()).isEqualTo("GBP");
		assertThat(line.path("qualifier").asString()).isEqualTo("EXACT");
		assertThat(line.path("period").path("to").asString()).isEqualTo("2023-03-31");
		assertThat(line.path("funder").path("id").asString()).isEqualTo("org/home-office");
		JsonNode tooPrecise = this.http.as(this.editor, """
				mutation($input: AddFundingLineInput!) { addFundingLine(input: $input) { programme { version } } }""",
				Map.of("input", Map.of("programmeId", programme, "expectedVersion", 1, "amount", "0.001")));
		assertThat(WriteFixtures.classification(tooPrecise)).isEqualTo("BAD_REQUEST");
	}

}
