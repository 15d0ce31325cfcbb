package london.scrutiny.tracker.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.TrackerApplication;
import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An online backup, taken through the API while editors keep writing, restores into a new
 * data directory as exactly the records it copied, every collection and the audit trail
 * included, and as one consistent state: each write it holds is there whole, with its
 * audit entry. A backup cut short is refused, and so is a restore into a store that holds
 * data.
 */
@WriteTest
class BackupRestoreTests {

	private static final String BACKUP = """
			mutation { backup { file takenAt records collections { name records } } }""";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Backups backups;

	@LocalServerPort
	int port;

	@Test
	void aBackupTakenWhileServingRestoresEveryRecordAndTheAuditTrail() throws Exception {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String editor = http.newToken("EDITOR");
		assertThat(GraphQlCalls.classifications(http.as(editor, BACKUP, Map.of()))).containsExactly("FORBIDDEN");

		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger written = new AtomicInteger();
		ExecutorService editors = Executors.newFixedThreadPool(3);
		List<Future<?>> running = new ArrayList<>();
		for (int e = 0; e < 3; e++) {
			running.add(editors.submit(() -> {
				while (writing.get()) {
					String id = "programme/backup-" + UUID.randomUUID();
					http.as(editor, """
							mutation($input: RecordProgrammeInput!) { recordProgramme(input: $input) { created } }""",
							Map.of("input", Map.of("id", id, "name", "Backup " + id, "kind", "PROGRAMME")));
					written.incrementAndGet();
				}
				return null;
			}));
		}
		while (written.get() < 10) {
			Thread.sleep(50);
		}
		JsonNode answer = http.as(ApiTest.ADMIN_TOKEN, BACKUP, Map.of());
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		JsonNode taken = answer.path("data").path("backup");
		writing.set(false);
		for (Future<?> client : running) {
			client.get();
		}
		editors.shutdown();
		Path file = this.backups.directory().resolve(taken.path("file").asString());
		assertThat(file).exists();
		assertThat(taken.path("file").asString()).doesNotContain("/");

		try (ConfigurableApplicationContext restored = start(file)) {
			MongoTemplate copy = restored.getBean(MongoTemplate.class);
			Map<String, List<String>> backedUp = records(file);
			assertThat(taken.path("records").asLong())
				.isEqualTo(backedUp.values().stream().mapToLong(List::size).sum());
			assertThat(backedUp.keySet()).contains("asks", "documents", "responses", "programmes", "evidence", "audit",
					"counters", "tokens");
			for (var collection : backedUp.entrySet()) {
				assertThat(withoutLoadCount(all(copy, collection.getKey()))).as(collection.getKey())
					.containsExactlyElementsOf(withoutLoadCount(collection.getValue()));
			}
			// A restore is a load outside the audit trail, and says so to every instance.
			assertThat(loadCount(all(copy, "counters"))).isEqualTo(loadCount(backedUp.get("counters")) + 1);
			// One consistent state: every programme written while the backup was taken
			// is there with its audit entry, and every audit entry with its record.
			List<Document> programmes = copy.find(Query.query(Criteria.where("_id").regex("^programme/backup-")),
					Document.class, "programmes");
			assertThat(programmes).isNotEmpty();
			for (Document programme : programmes) {
				assertThat(copy.count(Query.query(Criteria.where("targetId").is(programme.get("_id"))), "audit"))
					.isEqualTo(1);
			}
			assertThat(copy.count(Query.query(Criteria.where("targetId").regex("^programme/backup-")), "audit"))
				.isEqualTo(programmes.size());
		}
	}

	@Test
	void aBackupCutShortIsRefusedAndARestoreIntoAStoreHoldingDataIsRefused() throws Exception {
		JsonNode taken = new GraphQlCalls(this.port).as(ApiTest.ADMIN_TOKEN, BACKUP, Map.of());
		Path file = this.backups.directory().resolve(taken.path("data").path("backup").path("file").asString());
		List<String> lines = Files.readAllLines(file);
		Path cut = Files.write(file.resolveSibling("cut-short.backup.jsonl"), lines.subList(0, lines.size() / 2));
		assertThatThrownBy(() -> start(cut)).hasRootCauseInstanceOf(IllegalStateException.class)
			.hasStackTraceContaining("cut short");
		assertThatThrownBy(() -> this.backups.restore(file)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("already holds records");
	}

	private static ConfigurableApplicationContext start(Path backup) {
		return new SpringApplicationBuilder(TrackerApplication.class).run("--server.port=0",
				"--tracker.data-dir=target/test-data/restored-" + UUID.randomUUID(),
				"--tracker.restore-from=" + backup.toAbsolutePath(),
				"--tracker.security.admin-token=" + ApiTest.ADMIN_TOKEN);
	}

	/** The backup's records, as canonical JSON, by collection in _id order. */
	private static Map<String, List<String>> records(Path file) throws Exception {
		Map<String, List<String>> records = new TreeMap<>();
		for (String line : Files.readAllLines(file)) {
			Document entry = Document.parse(line);
			if (entry.getString("collection") != null) {
				records.computeIfAbsent(entry.getString("collection"), (c) -> new ArrayList<>())
					.add(entry.get("record", Document.class).toJson());
			}
		}
		return records;
	}

	/** The counter of loads outside the trail, which a restore moves on. */
	private static List<String> withoutLoadCount(List<String> records) {
		return records.stream().filter((r) -> !r.startsWith("{\"_id\": \"outside\"")).toList();
	}

	private static long loadCount(List<String> counters) {
		return counters.stream()
			.filter((r) -> r.startsWith("{\"_id\": \"outside\""))
			.mapToLong((r) -> Document.parse(r).get("seq", Number.class).longValue())
			.findFirst()
			.orElse(0);
	}

	private static List<String> all(MongoTemplate mongo, String collection) {
		List<String> records = new ArrayList<>();
		mongo.getCollection(collection).find().sort(new Document("_id", 1)).forEach((d) -> records.add(d.toJson()));
		return records;
	}

}
