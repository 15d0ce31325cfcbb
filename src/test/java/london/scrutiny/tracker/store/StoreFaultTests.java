package london.scrutiny.tracker.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A disk that fills up or turns read-only while the tracker serves. The store file sits
 * on {@link FaultyFileSystem}, whose channel fails writes with the operating system's
 * messages ("No space left on device", "Read-only file system") while a switch is set:
 * the store's commit meets a real IOException from its file channel, as on a full disk,
 * with no root privileges or small file systems. Writes are refused SERVICE_UNAVAILABLE
 * (nothing stored, not even later), reads go on, and once the disk takes writes again the
 * service recovers by itself, with no restart.
 */
@ApiTest
@TestPropertySource(properties = "tracker.embedded.file-system=faulty:")
class StoreFaultTests {

	static {
		FaultyFileSystem.register();
	}

	private static final String RECORD = """
			mutation($input: RecordProgrammeInput!) { recordProgramme(input: $input) { created programme { id } } }""";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	WriteGate gate;

	@Autowired
	EmbeddedStore store;

	@LocalServerPort
	int port;

	GraphQlCalls http;

	String editor;

	private static int sequence;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
		this.editor = this.http.newToken("EDITOR");
	}

	@AfterEach
	void healDisk() {
		FaultyFileSystem.heal();
	}

	@Test
	void aFullDiskRefusesWritesAsServiceUnavailableAndTheServiceRecoversOnceSpaceIsBack() {
		faultThenRecovery(FaultyFileSystem::fill);
	}

	@Test
	void aDiskTurnedReadOnlyRefusesWritesAsServiceUnavailableAndTheServiceRecoversOnceWritable() {
		faultThenRecovery(FaultyFileSystem::makeReadOnly);
	}

	/**
	 * Another commit (the store's background one) fails while a write is in progress and
	 * reopens the store as last committed, dropping that write; the write's own commit
	 * then finds nothing to write. The write is refused, never acknowledged.
	 */
	@Test
	void aWriteDroppedByAnotherCommitsFailure_isRefusedNotAcknowledged() {
		String id = "fault-race-" + (++sequence);
		assertThatThrownBy(() -> this.gate.write(() -> {
			this.mongo.getCollection("themes").insertOne(new org.bson.Document("_id", id).append("name", id));
			FaultyFileSystem.fill();
			try {
				this.store.commit();
			}
			catch (StoreUnavailableException expected) {
				// As the background commit meets it: logged there, not thrown to a
				// request.
			}
			FaultyFileSystem.heal();
			return id;
		})).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("nothing from this request was stored");
		assertThat(this.mongo.getCollection("themes").countDocuments(new org.bson.Document("_id", id))).isZero();
	}

	private void faultThenRecovery(Runnable fault) {
		String before = record();
		assertThat(stored(before)).isTrue();
		long audited = this.mongo.count(new Query(), "audit");

		fault.run();
		String refused = "programme/refused-" + (++sequence);
		for (int i = 0; i < 3; i++) {
			JsonNode answer = this.http.as(this.editor, RECORD, Map.of("input", programme(refused)));
			assertThat(GraphQlCalls.classifications(answer)).containsExactly("SERVICE_UNAVAILABLE");
			assertThat(answer.path("errors").get(0).path("message").asString())
				.contains("nothing from this request was stored")
				.doesNotContain(".mv", "Exception");
			assertThat(answer.path("data").path("recordProgramme").isNull()).isTrue();
		}
		JsonNode read = this.http.query("query($id: ID!) { programme(id: $id) { id } }", Map.of("id", before));
		assertThat(read.path("data").path("programme").path("id").asString()).isEqualTo(before);

		FaultyFileSystem.heal();
		String after = recordOnceRecovered();
		assertThat(stored(before)).isTrue();
		assertThat(stored(after)).isTrue();
		assertThat(stored(refused)).as("a refused write is never stored, not even after recovery").isFalse();
		assertThat(this.mongo.count(Query.query(Criteria.where("targetId").is(refused)), "audit")).isZero();
		assertThat(this.mongo.count(new Query(), "audit")).isEqualTo(audited + 1);
	}

	private String record() {
		String id = "programme/fault-" + (++sequence);
		JsonNode answer = this.http.as(this.editor, RECORD, Map.of("input", programme(id)));
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		return id;
	}

	/**
	 * The store is reopened at most once a second, so the first write may still be
	 * refused.
	 */
	private String recordOnceRecovered() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (true) {
			String id = "programme/recovered-" + (++sequence);
			JsonNode answer = this.http.as(this.editor, RECORD, Map.of("input", programme(id)));
			if (answer.path("errors").isMissingNode()) {
				return id;
			}
			assertThat(GraphQlCalls.classifications(answer)).containsExactly("SERVICE_UNAVAILABLE");
			assertThat(Instant.now()).as("recovered within ten seconds of the disk").isBefore(deadline);
			sleep();
		}
	}

	private boolean stored(String id) {
		return this.mongo.findById(id, Document.class, "programmes") != null;
	}

	private static Map<String, Object> programme(String id) {
		return Map.of("id", id, "name", "Fault programme " + id, "kind", "PROGRAMME", "ownerId", "org/mopac");
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
