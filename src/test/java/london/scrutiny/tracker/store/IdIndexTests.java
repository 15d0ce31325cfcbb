package london.scrutiny.tracker.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lookups by id on the embedded store find exactly the records stored under those ids, of
 * any id type, through inserts, deletes and a restart; duplicates are still refused; and
 * the file stays one the server's own backend reads.
 */
class IdIndexTests {

	private static final ObjectId OBJECT_ID = new ObjectId("656842a1f1a2b3c4d5e6f708");

	@TempDir
	Path dataDir;

	@Test
	void idsOfEveryKind_areFoundAloneAndInLists_andMissingOnesAreNot() {
		withStore((records) -> {
			records.insertMany(sample());
			for (Object id : List.of("ask/1", "ask/10", "", 42, 42L, OBJECT_ID,
					new Document("report", "r").append("n", 1))) {
				assertThat(ids(records, Filters.eq("_id", id))).as("id " + id).hasSize(1);
			}
			assertThat(ids(records, Filters.eq("_id", "ask/missing"))).isEmpty();
			assertThat(ids(records, Filters.eq("_id", "ASK/1"))).isEmpty();
			assertThat(ids(records, Filters.in("_id", List.of("ask/2", "ask/missing", 42, OBJECT_ID, "ask/3"))))
				.containsExactlyInAnyOrder("ask/2", "ask/3", 42, OBJECT_ID);
		});
	}

	@Test
	void aDuplicateIdIsRefused_andADeletedIdCanBeStoredAgain() {
		withStore((records) -> {
			records.insertMany(sample());
			assertThatThrownBy(() -> records.insertOne(new Document("_id", "ask/1").append("n", -1)))
				.isInstanceOf(MongoWriteException.class)
				.hasMessageContaining("duplicate key");
			assertThat(records.find(Filters.eq("_id", "ask/1")).first().getInteger("n")).isEqualTo(1);
			records.deleteOne(Filters.eq("_id", "ask/1"));
			assertThat(ids(records, Filters.in("_id", List.of("ask/1", "ask/2")))).containsExactly("ask/2");
			records.insertOne(new Document("_id", "ask/1").append("n", 100));
			assertThat(records.find(Filters.eq("_id", "ask/1")).first().getInteger("n")).isEqualTo(100);
			records.replaceOne(Filters.eq("_id", "ask/1"), new Document("_id", "ask/1").append("n", 101));
			assertThat(records.find(Filters.eq("_id", "ask/1")).first().getInteger("n")).isEqualTo(101);
			assertThat(records.countDocuments()).isEqualTo(sample().size());
		});
	}

	@Test
	void afterARestart_andWithTheServersOwnBackend_theSameRecordsAreFound() {
		withStore((records) -> {
			records.insertMany(sample());
			records.deleteOne(Filters.eq("_id", "ask/5"));
		});
		withStore((records) -> {
			assertThat(ids(records, Filters.in("_id", List.of("ask/4", "ask/5", "ask/6", 42))))
				.containsExactlyInAnyOrder("ask/4", "ask/6", 42);
			assertThatThrownBy(() -> records.insertOne(new Document("_id", "ask/4")))
				.isInstanceOf(MongoWriteException.class);
		});
		MVStore file = MVStore.open(this.dataDir.resolve("tracker.mv").toString());
		MongoServer plain = new MongoServer(new H2Backend(file));
		try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(plain.bind()))) {
			MongoCollection<Document> records = client.getDatabase("test").getCollection("records");
			assertThat(ids(records, Filters.in("_id", List.of("ask/4", "ask/5", "ask/6", 42, OBJECT_ID))))
				.containsExactlyInAnyOrder("ask/4", "ask/6", 42, OBJECT_ID);
			assertThatThrownBy(() -> records.insertOne(new Document("_id", "ask/4")))
				.isInstanceOf(MongoWriteException.class);
		}
		finally {
			plain.shutdownNow();
		}
	}

	private void withStore(Consumer<MongoCollection<Document>> work) {
		EmbeddedStore store = new EmbeddedStore(this.dataDir, "", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
			work.accept(client.getDatabase("test").getCollection("records"));
		}
		finally {
			store.destroy();
		}
	}

	private static String hostAndPort(java.net.InetSocketAddress address) {
		return "127.0.0.1:" + address.getPort();
	}

	private static List<Document> sample() {
		List<Document> records = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			records.add(new Document("_id", "ask/" + i).append("n", i));
		}
		records.add(new Document("_id", "").append("n", 0));
		records.add(new Document("_id", 42).append("n", 42));
		records.add(new Document("_id", OBJECT_ID).append("n", 43));
		records.add(new Document("_id", new Document("report", "r").append("n", 1)).append("n", 44));
		return records;
	}

	private static List<Object> ids(MongoCollection<Document> records, org.bson.conversions.Bson filter) {
		return records.find(filter).sort(Sorts.ascending("n")).map((d) -> d.get("_id")).into(new ArrayList<>());
	}

}
