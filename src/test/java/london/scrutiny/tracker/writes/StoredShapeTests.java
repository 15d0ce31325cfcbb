package london.scrutiny.tracker.writes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every write of the API stores, field by field and type by type, is what the
 * expected shapes in {@code src/test/resources/stored-shapes} say: existing stores, the
 * collection validators and the replay comparison rely on it. Each kind of record is
 * written twice, with every optional field given and with none, from the seed's own ids,
 * and the audit trail's copy of each record is the record as stored. Times and the
 * writer's name differ from run to run and are masked; everything else is compared
 * exactly, in order. With {@code -DstoredShapes.record=true} the test writes the shapes
 * instead of comparing them (only ever to record a deliberate change of shape).
 */
@WriteTest
class StoredShapeTests extends WriteFixtures {

	private static final Path EXPECTED = Path.of("src/test/resources/stored-shapes");

	private static final JsonWriterSettings SHAPE = JsonWriterSettings.builder()
		.outputMode(JsonMode.EXTENDED)
		.indent(true)
		.dateTimeConverter((value, writer) -> {
			writer.writeStartObject();
			writer.writeString("$date", "(time)");
			writer.writeEndObject();
		})
		.build();

	@Test
	void everyWriteStoresItsRecordInTheExpectedShape_andAuditsItAsStored() throws IOException {
		write(WriteFixtures.RECORD_REPORT, this.editor,
				Map.of("id", "shape-report", "kind", "COMMITTEE_REPORT", "title", "Shape report", "publishedOn",
						"2024-03-01", "requestedOn", "2024-03-05", "authorId", "org/london-assembly-pcc",
						"responseDueOn", "2024-05-31", "themes", List.of("domestic-abuse"), "asks",
						List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "title", "Issue the shape strategy",
								"text", "MOPAC must issue a shape strategy by June 2024.", "addresseeIds",
								List.of("org/mopac", "org/mps"), "addresseeText", "MOPAC and the Met", "deadline",
								Map.of("date", "2024-06-30", "precision", "MONTH", "text", "by June 2024"), "themes",
								List.of("domestic-abuse")),
								Map.of("number", 2, "kind", "ACTION", "addresseeIds", List.of("org/mopac")))));
		write(WriteFixtures.RECORD_REPORT, this.editor,
				Map.of("id", "shape-meeting", "kind", "COMMITTEE_MEETING", "title", "Shape meeting", "authorId",
						"org/london-assembly-pcc", "asks",
						List.of(Map.of("number", 1, "kind", "ACTION", "addresseeIds", List.of("org/mopac")))));
		write(WriteFixtures.RECORD_EVIDENCE, this.editor, Map.of("id", "evidence/shape-full", "statement",
				"£11.4m awarded on the framework", "figures",
				List.of(Map.of("metric", "Awarded", "value", "11400000.50", "unit", "GBP", "qualifier", "MORE_THAN",
						"period", Map.of("from", "2021-04-01", "to", "2022-03-31", "text", "2021-22")),
						Map.of("metric", "Providers", "value", "12", "unit", "COUNT")),
				"source",
				Map.of("documentId", "letter/MGLA230322-7616", "quote",
						"In total, £11.4m has been awarded so far to providers on the framework", "locator", "p. 2"),
				"programmeIds", List.of("programme/drive"), "recommendationIds", List.of("shape-report/1")));
		write(WriteFixtures.RECORD_EVIDENCE, this.editor,
				Map.of("id", "evidence/shape-bare", "statement", "Twelve providers", "figures",
						List.of(Map.of("metric", "Providers", "value", "12", "unit", "COUNT")), "source",
						Map.of("documentId", "letter/MGLA230322-7616", "quote", "providers on the framework")));
		write("mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { __typename } }", this.editor,
				Map.of("evidenceId", "evidence/shape-bare", "contrastIds", List.of("evidence/shape-full"),
						"contrastNote", "Counts providers, not money", "recommendationIds",
						List.of("shape-meeting/1")));
		write(WriteFixtures.RECORD_LETTER, this.clerk,
				inputOf("reference", "mgla010424-7001 ", "sentOn", "2024-04-15", "title",
						"Response to the shape report", "from",
						Map.of("name", "Sophie Linden", "role", "Deputy Mayor for Policing and Crime", "personId",
								"person/sophie-linden", "organisationId", "org/mopac"),
						"to",
						List.of(Map.of("name", "Chair of the Police and Crime Committee", "organisationId",
								"org/london-assembly-pcc")),
						"cc", List.of(Map.of("name", "A copied officer")), "repliesTo", List.of("shape-report"),
						"inReplyToDate", "2024-03-05", "acknowledgesDelay", true, "delayQuote", "sorry for the delay",
						"text", "Dear Chair, sorry for the delay. We will issue the shape strategy in May 2024.",
						"responses", List.of(
								Map.of("recommendationId", "shape-report/1", "text",
										"We will issue the shape strategy in May 2024.", "locator", "para 2",
										"commitments", List.of(
												Map.of("text", "Issue the shape strategy", "due",
														Map.of("date", "2024-05-31", "precision", "MONTH", "text",
																"in May 2024")),
												Map.of("text", "Keep the committee informed")),
										"programmeIds", List.of("programme/drive"), "evidenceIds",
										List.of("evidence/shape-full")))));
		write(WriteFixtures.RECORD_LETTER, this.clerk,
				Map.of("reference", "SHAPE-LETTER-2", "sentOn", "2024-04-16", "from", Map.of("name", "A deputy"), "to",
						List.of(Map.of("name", "The Chair")), "repliesTo", List.of("shape-report"), "acknowledgesDelay",
						false, "responses", List.of(Map.of("recommendationId", "shape-report/2", "text", "Done."))));
		write(WriteFixtures.RECORD_ASSESSMENT, this.clerk,
				Map.of("recommendationId", "shape-report/1", "responseId", "letter/MGLA010424-7001#shape-report/1",
						"position", "ACCEPTED", "implementation", "IN_PROGRESS", "verification", "VERIFIED",
						"rationale", "  The plan is drafted.  ", "effectiveOn", "2024-04-20"));
		write(WriteFixtures.RECORD_ASSESSMENT, this.clerk,
				Map.of("recommendationId", "shape-report/2", "position", "NOT_ACCEPTED", "implementation",
						"NOT_STARTED", "verification", "CLAIMED", "rationale", "Refused in the letter.", "effectiveOn",
						"2024-04-21"));
		write(REVISE_DEADLINE, this.editor,
				Map.of("recommendationId", "shape-report/1", "expectedVersion", version("asks", "shape-report/1"),
						"deadline", Map.of("date", "2024-09-30", "precision", "MONTH", "text", "by September 2024"),
						"reason", "  The Mayor asked for more time.  ", "effectiveOn", "2024-05-01"));
		write(REVISE_DEADLINE, this.editor,
				Map.of("recommendationId", "shape-report/2", "expectedVersion", version("asks", "shape-report/2"),
						"deadline", Map.of("date", "2024-12-31", "precision", "DAY"), "reason", "Set by the Chair.",
						"effectiveOn", "2024-05-02"));
		write("mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { __typename } }",
				this.editor, Map.of("id", "shape-meeting/1", "expectedVersion", version("asks", "shape-meeting/1"),
						"text", "Write to the Committee.", "themes", List.of("domestic-abuse")));
		write(WriteFixtures.RECORD_PROGRAMME, this.editor,
				Map.of("id", "programme/shape-full", "name", " Shape fund ", "kind", "FUND", "aliases",
						List.of("The shape fund"), "description", "Money for shapes.", "ownerId", "org/mopac",
						"providers", List.of("A charity"), "places", List.of("Croydon"), "sources",
						List.of(Map.of("documentId", "letter/MGLA230322-7616", "quote", "the framework"))));
		write(WriteFixtures.RECORD_PROGRAMME, this.editor,
				Map.of("id", "programme/shape-bare", "name", "Shape service", "kind", "SERVICE"));
		write("mutation($input: AddFundingLineInput!) { addFundingLine(input: $input) { __typename } }", this.editor,
				Map.of("programmeId", "programme/shape-full", "expectedVersion", 0, "amount", "250000.75", "currency",
						"GBP", "qualifier", "APPROXIMATE", "period", Map.of("from", "2023-04-01", "text", "from 2023"),
						"funderId", "org/mopac", "note", "First year", "source",
						Map.of("documentId", "letter/MGLA230322-7616", "quote", "£11.4m", "locator", "p. 2")));
		write("mutation($input: AddFundingLineInput!) { addFundingLine(input: $input) { __typename } }", this.editor,
				Map.of("programmeId", "programme/shape-bare", "expectedVersion", 0, "amount", "100"));
		write(WriteFixtures.UPDATE_PROGRAMME, this.editor, Map.of("id", "programme/shape-bare", "expectedVersion", 1,
				"name", "Shape service (renamed)", "status", "CLOSED", "places", List.of("Sutton")));

		Map<String, String> shapes = new LinkedHashMap<>();
		shape(shapes, "documents", "shape-report", "report");
		shape(shapes, "documents", "shape-meeting", "report-bare");
		shape(shapes, "asks", "shape-report/1", "ask-revised");
		shape(shapes, "asks", "shape-report/2", "ask-bare");
		shape(shapes, "asks", "shape-meeting/1", "ask-updated");
		shape(shapes, "documents", "letter/MGLA010424-7001", "letter");
		shape(shapes, "documents", "letter/SHAPE-LETTER-2", "letter-bare");
		shape(shapes, "responses", "letter/MGLA010424-7001#shape-report/1", "response");
		shape(shapes, "responses", "letter/SHAPE-LETTER-2#shape-report/2", "response-bare");
		assessments(shapes);
		shape(shapes, "evidence", "evidence/shape-full", "evidence");
		shape(shapes, "evidence", "evidence/shape-bare", "evidence-linked");
		shape(shapes, "programmes", "programme/shape-full", "programme-funded");
		shape(shapes, "programmes", "programme/shape-bare", "programme-updated");
		if (Boolean.getBoolean("storedShapes.record")) {
			Files.createDirectories(EXPECTED);
			for (var shape : shapes.entrySet()) {
				Files.writeString(EXPECTED.resolve(shape.getKey() + ".json"), shape.getValue(), StandardCharsets.UTF_8);
			}
			return;
		}
		for (var shape : shapes.entrySet()) {
			String expected = Files.readString(EXPECTED.resolve(shape.getKey() + ".json"), StandardCharsets.UTF_8);
			assertThat(shape.getValue()).as(shape.getKey()).isEqualTo(expected);
		}
	}

	/**
	 * Reports and letters share one record type, which stores as null what either of them
	 * always stored; records written before, without those nulls, are the same records:
	 * sending one again changes nothing, and sending it changed is still refused.
	 */
	@Test
	void aReportAndALetterStoredWithoutTheNullsTheyNowCarry_areStillReplayedAsUnchanged() {
		String report = "shape-earlier-" + WriteFixtures.next();
		String reference = "MOPAC010324-E" + WriteFixtures.next();
		Map<String, Object> letter = new LinkedHashMap<>(WriteFixtures.letter(reference, report));
		letter.put("responses", List.of(Map.of("recommendationId", report + "/1", "text", "An earlier shape.")));
		letter.put("delayQuote", "Sorry for the delay");
		letter.put("text", "Sorry for the delay. An earlier shape.");
		WriteFixtures.data(
				this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report))),
				"recordReport");
		WriteFixtures.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", letter)),
				"recordLetter");
		// As the writers stored them before reports and letters became one record.
		this.mongo.getCollection("documents")
			.updateOne(new Document("_id", report),
					new Document("$unset",
							new Document("referenceAsWritten", "").append("delaySource", "")
								.append("text", "")
								.append("author.role", "")
								.append("author.personId", "")));
		this.mongo.getCollection("documents")
			.updateOne(new Document("_id", "letter/" + reference), new Document("$unset",
					new Document("requestedOn", "").append("responseDue", "").append("delaySource.locator", "")));
		Map<String, Long> before = WriteFixtures.counts(this.mongo);

		assertThat(WriteFixtures
			.data(this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report))),
					"recordReport")
			.path("created")
			.asBoolean()).isFalse();
		assertThat(WriteFixtures
			.data(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", letter)), "recordLetter")
			.path("created")
			.asBoolean()).isFalse();
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);

		letter.put("text", "Sorry for the delay. A later shape.");
		assertThat(WriteFixtures
			.classification(this.http.as(this.clerk, WriteFixtures.RECORD_LETTER, Map.of("input", letter))))
			.isEqualTo("CONFLICT");
		Map<String, Object> retitled = new LinkedHashMap<>(WriteFixtures.report(report));
		retitled.put("title", "Another title");
		assertThat(WriteFixtures
			.classification(this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", retitled))))
			.isEqualTo("CONFLICT");
		assertThat(WriteFixtures.counts(this.mongo)).isEqualTo(before);
	}

	private static final String REVISE_DEADLINE = """
			mutation($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { __typename } }""";

	private void write(String mutation, String token, Map<String, Object> input) {
		var response = this.http.as(token, mutation, Map.of("input", input));
		assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
	}

	/** An input with more fields than {@code Map.of} takes. */
	private static Map<String, Object> inputOf(Object... namesAndValues) {
		Map<String, Object> input = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			input.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return input;
	}

	private long version(String collection, String id) {
		Document record = this.mongo.findById(id, Document.class, collection);
		return ((Number) record.get("version")).longValue();
	}

	private void assessments(Map<String, String> shapes) {
		for (String ask : List.of("shape-report/1", "shape-report/2")) {
			String kind = ask.endsWith("1") ? "" : "-bare";
			Document assessment = this.mongo.findOne(Query.query(Criteria.where("askId").is(ask)), Document.class,
					"assessments");
			shapes.put("assessment" + kind, shapeOf("assessments", assessment));
			Document revision = this.mongo.findOne(Query.query(Criteria.where("askId").is(ask)), Document.class,
					"deadlineRevisions");
			shapes.put("revision" + kind, shapeOf("deadlineRevisions", revision));
		}
	}

	private void shape(Map<String, String> shapes, String collection, String id, String name) {
		shapes.put(name, shapeOf(collection, this.mongo.findById(id, Document.class, collection)));
	}

	private String shapeOf(String collection, Document stored) {
		assertThat(stored).as("a record of " + collection).isNotNull();
		Document audited = this.mongo
			.findOne(Query.query(Criteria.where("targetId").is(stored.get("_id")).and("collection").is(collection))
				.with(Sort.by(Sort.Direction.DESC, "seq")), Document.class, "audit")
			.get("after", Document.class);
		assertThat(masked(audited).toJson(SHAPE)).as("the audit trail's copy of " + stored.get("_id"))
			.isEqualTo(masked(stored).toJson(SHAPE));
		return masked(stored).toJson(SHAPE) + "\n";
	}

	/**
	 * The writer's name is the test token's, which differs by run; an ask's status facts
	 * are derived from other records, not written by the API's writers (StatusFactsTests
	 * covers them).
	 */
	private static Document masked(Document record) {
		Document copy = new Document(record);
		if (copy.containsKey("statusFacts")) {
			copy.put("statusFacts", "(derived)");
		}
		for (String who : List.of("assessedBy", "revisedBy")) {
			if (copy.get(who) != null) {
				copy.put(who, "(writer)");
			}
		}
		return copy;
	}

}
