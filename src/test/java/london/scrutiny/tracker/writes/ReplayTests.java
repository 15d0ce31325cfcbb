package london.scrutiny.tracker.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay of the same input, sent again later or many times at once (a client retrying
 * after a timeout), is answered as a success and writes nothing: no new version, no audit
 * entry, no second record.
 */
@WriteTest
class ReplayTests {

	private static final int AT_ONCE = 20;

	private static final String LINK = """
			mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { evidence { id version recommendations { id } } } }""";

	private static final String REVISE = """
			mutation($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { created revision { id }
			  recommendation { id deadline { date } } } }""";

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	GraphQlCalls http;

	String editor;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
		this.editor = this.http.newToken("EDITOR");
	}

	@Test
	void aLinkThatIsAlreadyThereKeepsTheVersionAndAddsNoAuditEntry() {
		String id = recordEvidence();
		Map<String, Object> input = Map.of("evidenceId", id, "recommendationIds", List.of("pcc-2022-vawg/1"));
		JsonNode first = WriteFixtures.data(this.http.as(this.editor, LINK, Map.of("input", input)), "linkEvidence");
		long audited = auditEntriesFor(id);
		for (int i = 0; i < 3; i++) {
			JsonNode again = WriteFixtures.data(this.http.as(this.editor, LINK, Map.of("input", input)),
					"linkEvidence");
			assertThat(again.path("evidence").path("version").asInt())
				.isEqualTo(first.path("evidence").path("version").asInt());
			assertThat(again.path("evidence").path("recommendations").findValuesAsString("id"))
				.containsExactly("pcc-2022-vawg/1");
		}
		assertThat(auditEntriesFor(id)).isEqualTo(audited);
	}

	@Test
	void aLinkSentTwentyTimesAtOnceSucceedsEveryTimeAndIsStoredOnce() throws Exception {
		String id = recordEvidence();
		Map<String, Object> input = Map.of("evidenceId", id, "recommendationIds", List.of("pcc-2022-vawg/2"),
				"programmeIds", List.of("programme/drive"));
		List<JsonNode> answers = atOnce(() -> this.http.as(this.editor, LINK, Map.of("input", input)));
		assertThat(answers).allSatisfy((a) -> assertThat(a.path("errors").isMissingNode()).as(a.toString()).isTrue());
		Document stored = this.mongo.findById(id, Document.class, "evidence");
		assertThat(stored.getList("askIds", String.class)).containsExactly("pcc-2022-vawg/2");
		assertThat(stored.getList("programmeIds", String.class)).containsExactly("programme/drive");
		assertThat(auditEntriesFor(id)).isEqualTo(2);
	}

	@Test
	void aDeadlineRevisionSentTwentyTimesAtOnceIsStoredOnceAndNoneIsRefused() throws Exception {
		String report = "pcc-replay-revise-" + WriteFixtures.next();
		WriteFixtures.data(
				this.http.as(this.editor, WriteFixtures.RECORD_REPORT, Map.of("input", WriteFixtures.report(report))),
				"recordReport");
		Map<String, Object> input = Map.of("recommendationId", report + "/1", "expectedVersion", 0, "deadline",
				Map.of("date", "2024-12-31", "precision", "MONTH", "text", "by December 2024"), "reason",
				"MOPAC asked for more time", "effectiveOn", "2024-05-01");
		List<JsonNode> answers = atOnce(() -> this.http.as(this.editor, REVISE, Map.of("input", input)));

		assertThat(answers).allSatisfy((a) -> assertThat(a.path("errors").isMissingNode()).as(a.toString()).isTrue());
		assertThat(answers.stream().filter((a) -> a.path("data").path("reviseDeadline").path("created").asBoolean()))
			.hasSize(1);
		assertThat(answers.stream()
			.map((a) -> a.path("data").path("reviseDeadline").path("recommendation").path("deadline").path("date"))
			.map(JsonNode::asString)).containsOnly("2024-12-31");
		assertThat(this.mongo.count(Query.query(Criteria.where("askId").is(report + "/1")), "deadlineRevisions"))
			.isEqualTo(1);
		assertThat(auditEntriesFor(report + "/1")).as("the ask's insert and one revision").isEqualTo(2);
	}

	private String recordEvidence() {
		String id = "evidence/replay-" + WriteFixtures.next();
		WriteFixtures.data(
				this.http.as(this.editor, WriteFixtures.RECORD_EVIDENCE, Map.of("input", WriteFixtures.evidence(id))),
				"recordEvidence");
		return id;
	}

	/**
	 * Audit entries of what a client wrote to the record; the status facts the write path
	 * derives for an ask after each event are audited too, and are not the client's
	 * writes.
	 */
	private long auditEntriesFor(String targetId) {
		return this.mongo.count(
				Query.query(Criteria.where("targetId").is(targetId).and("operation").ne("deriveStatusFacts")), "audit");
	}

	private static List<JsonNode> atOnce(Callable<JsonNode> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<JsonNode>> sent = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				sent.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<JsonNode> answers = new ArrayList<>();
			for (Future<JsonNode> answer : sent) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
