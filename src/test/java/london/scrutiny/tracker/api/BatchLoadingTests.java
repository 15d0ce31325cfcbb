package london.scrutiny.tracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.RequestCommands;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a page of asks with their report, addressees, answers, letters, programmes,
 * evidence and status costs the same number of database commands for 5 asks as for 50.
 */
@ApiTest
// Counting commands counts every command the store gets: the search index's follower of
// the audit trail is held off, so its polls do not fall inside a measured request.
@TestPropertySource(properties = "tracker.search.follow-interval=1h")
class BatchLoadingTests {

	private static final String REPORT = "test-batch-report";

	private static final AtomicInteger commands = new AtomicInteger();

	/** The {@code find} commands counted, as sent. */
	private static final List<BsonDocument> finds = new CopyOnWriteArrayList<>();

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	@TestConfiguration
	static class CountCommands {

		@Bean
		MongoClientSettingsBuilderCustomizer countingListener() {
			return (settings) -> settings.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (RequestCommands.counted(event)) {
						commands.incrementAndGet();
						if ("find".equals(event.getCommandName())) {
							finds.add(event.getCommand().clone());
						}
					}
				}
			});
		}

	}

	/**
	 * Sixty asks, each answered by its own letter that names two programmes and cites one
	 * figure.
	 */
	@BeforeEach
	void storeSixtyAnsweredAsks() {
		this.mongo.insert(new Document("_id", REPORT).append("kind", "COMMITTEE_REPORT")
			.append("title", "Batch loading fixture")
			.append("date", "2024-01-10"), "documents");
		List<Document> asks = new ArrayList<>();
		List<Document> letters = new ArrayList<>();
		List<Document> responses = new ArrayList<>();
		List<Document> assessments = new ArrayList<>();
		for (int n = 1; n <= 60; n++) {
			String ask = REPORT + "/" + n;
			String letter = "letter/TEST" + n;
			asks.add(new Document("_id", ask).append("reportId", REPORT)
				.append("number", n)
				.append("kind", "RECOMMENDATION")
				.append("text", "Fixture ask " + n)
				.append("addresseeIds", List.of("org/mopac", "org/mps"))
				.append("themes", List.of("domestic-abuse")));
			letters.add(new Document("_id", letter).append("kind", "LETTER")
				.append("reference", "TEST" + n)
				.append("referenceKey", "TEST" + n)
				.append("date", "2024-02-01")
				.append("inReplyTo", new Document("documentIds", List.of(REPORT)).append("date", "2024-01-10")));
			responses.add(new Document("_id", letter + "#" + ask).append("askId", ask)
				.append("letterId", letter)
				.append("text", "Fixture answer " + n)
				.append("programmeIds", List.of("programme/drive", "programme/myends"))
				.append("evidenceIds", List.of("evidence/MGLA230322-7616/dasaf-awarded-total")));
			assessments.add(new Document("_id", "assessment/test/" + n).append("askId", ask)
				.append("responseId", letter + "#" + ask)
				.append("kind", "CLERK")
				.append("position", "ACCEPTED")
				.append("implementation", "IN_PROGRESS")
				.append("assessedBy", "test")
				.append("effectiveOn", "2024-02-02"));
		}
		this.mongo.insert(asks, "asks");
		this.mongo.insert(letters, "documents");
		this.mongo.insert(responses, "responses");
		this.mongo.insert(assessments, "assessments");
	}

	@AfterEach
	void removeFixture() {
		this.mongo.remove(Query.query(Criteria.where("reportId").is(REPORT)), "asks");
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^letter/TEST|^" + REPORT)), "documents");
		this.mongo.remove(Query.query(Criteria.where("letterId").regex("^letter/TEST")), "responses");
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^assessment/test/")), "assessments");
	}

	@Test
	void aPageOfFiftyAsksWithEverythingNestedCostsNoMoreCommandsThanAPageOfFive() {
		int five = commandsFor(5);
		int fifty = commandsFor(50);
		assertThat(fifty).isEqualTo(five);
		assertThat(five).isLessThan(25);
	}

	/**
	 * A dashboard page (status, report, answers with their letters, programmes) makes the
	 * seven commands a hand-written program would: the asks and their count, then their
	 * answers, the reports and letters, the assessments, the deadline revisions and the
	 * programmes. The status fields, the report, the letters and the programmes share one
	 * read of what they all depend on.
	 */
	@Test
	void aDashboardPageCostsWhatAHandWrittenProgramCosts() {
		GraphQlCalls http = new GraphQlCalls(this.port);
		commands.set(0);
		JsonNode result = http.query("""
				{ recommendations(filter: { reportId: ["%s"] }, first: 50) {
				  totalCount edges { node { id responseStatus daysLate position report { title }
				    responses { letter { reference } } programmes { name } } } } }""".formatted(REPORT));
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		assertThat(result.path("data").path("recommendations").path("edges").size()).isEqualTo(50);
		assertThat(result.at("/data/recommendations/edges/0/node/programmes").size()).isEqualTo(2);
		assertThat(result.at("/data/recommendations/edges/0/node/responses/0/letter/reference").asString())
			.isEqualTo("TEST1");
		assertThat(commands.get()).isEqualTo(7);
	}

	/**
	 * What a page does not show is not read: answers without their text and commitments,
	 * programmes without their quoted sources and aliases, unless the query names them.
	 */
	@Test
	void wordsThePageDoesNotShowAreNotRead_andAreReadWhenItDoes() {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String page = """
				{ recommendations(filter: { reportId: ["%s"] }, first: 5) { edges { node { id
				  responses { letter { reference } %s } programmes { name %s } } } } }""";
		finds.clear();
		JsonNode plain = http.query(page.formatted(REPORT, "", ""));
		assertThat(plain.path("errors").isMissingNode()).as(plain.toString()).isTrue();
		assertThat(excluded("responses")).containsExactlyInAnyOrder("text", "commitments");
		assertThat(excluded("programmes")).containsExactlyInAnyOrder("sources", "aliases");
		finds.clear();
		JsonNode worded = http.query(page.formatted(REPORT, "text commitments { text }", "aliases sources { quote }"));
		assertThat(worded.path("errors").isMissingNode()).as(worded.toString()).isTrue();
		assertThat(excluded("responses")).isEmpty();
		assertThat(excluded("programmes")).isEmpty();
	}

	/** The fields the one {@code find} on the collection left out. */
	private static List<String> excluded(String collection) {
		List<BsonDocument> sent = finds.stream()
			.filter((f) -> f.getString("find").getValue().equals(collection))
			.toList();
		assertThat(sent).as("finds on " + collection).hasSize(1);
		BsonDocument projection = sent.get(0).getDocument("projection", new BsonDocument());
		return projection.keySet().stream().filter((f) -> projection.get(f).asNumber().intValue() == 0).toList();
	}

	/**
	 * The total is counted only when asked for: a client walking pages without
	 * {@code totalCount} does not pay for counting every match on every page, and one
	 * that asks gets the same total as before.
	 */
	@Test
	void theTotalIsCountedOnlyWhenAskedFor() {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String page = "{ recommendations(filter: { reportId: [\"%s\"] }, first: 5) { %s edges { node { id } } } }";
		commands.set(0);
		JsonNode counted = http.query(page.formatted(REPORT, "totalCount"));
		int withTotal = commands.get();
		commands.set(0);
		JsonNode uncounted = http.query(page.formatted(REPORT, ""));
		int withoutTotal = commands.get();
		assertThat(counted.at("/data/recommendations/totalCount").asInt()).isEqualTo(60);
		assertThat(uncounted.at("/data/recommendations/edges").size()).isEqualTo(5);
		assertThat(withoutTotal).isEqualTo(withTotal - 1);
	}

	private int commandsFor(int first) {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String query = """
				query($first: Int) { recommendations(filter: { reportId: ["%s"] }, first: $first) {
				  totalCount edges { node { id report { id title } addressees { name parent { name } }
				    themes { name } responseStatus position deadlineStatus history { position }
				    responses { text letter { reference inReplyTo { date } } programmes { name owner { name } }
				      evidence { statement } }
				    programmes { name } evidence { id } } } } }""".formatted(REPORT);
		commands.set(0);
		JsonNode result = http.query(query, Map.of("first", first));
		assertThat(result.path("errors").isMissingNode()).as(result.path("errors").toString()).isTrue();
		assertThat(result.path("data").path("recommendations").path("edges").size()).isEqualTo(first);
		return commands.get();
	}

}
