package london.scrutiny.tracker.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading records by a list of ids on the embedded store, which no longer matches each
 * found record against the whole list a second time, still finds exactly the records
 * listed: missing and repeated ids, ids of other types, a sorted page of them, and the
 * same list beside another condition.
 */
class ReadsByIdListTests {

	@TempDir
	Path dataDir;

	private EmbeddedStore store;

	private MongoClient client;

	private MongoCollection<Document> records;

	@BeforeEach
	void storeRecords() {
		this.store = new EmbeddedStore(this.dataDir, "", 0);
		this.client = MongoClients.create("mongodb://127.0.0.1:" + this.store.port());
		this.records = this.client.getDatabase("test").getCollection("records");
		List<Document> all = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			all.add(new Document("_id", "record/" + i).append("kind", (i % 2 == 0) ? "EVEN" : "ODD").append("n", i));
		}
		all.add(new Document("_id", 7).append("kind", "NUMBER").append("n", -1));
		this.records.insertMany(all);
	}

	@AfterEach
	void close() {
		this.client.close();
		this.store.destroy();
	}

	@Test
	void aListOfIds_findsExactlyTheRecordsListed() {
		List<Object> ids = new ArrayList<>();
		for (int i = 0; i < 2000; i += 2) {
			ids.add("record/" + i);
		}
		ids.add("record/4");
		ids.add("record/missing");
		ids.add(7L);
		List<Document> found = this.records.find(Filters.in("_id", ids)).into(new ArrayList<>());
		assertThat(found).hasSize(1001);
		assertThat(found).extracting((d) -> d.get("kind")).containsOnly("EVEN", "NUMBER");
	}

	@Test
	void aSortedPageOfAListOfIds_comesInOrder() {
		List<String> ids = List.of("record/10", "record/3", "record/2999", "record/42", "record/nothing");
		List<Document> page = this.records.find(Filters.in("_id", ids))
			.sort(Sorts.descending("n"))
			.limit(3)
			.into(new ArrayList<>());
		assertThat(page).extracting((d) -> d.get("_id")).containsExactly("record/2999", "record/42", "record/10");
	}

	@Test
	void aListOfIdsBesideAnotherCondition_meetsBoth() {
		List<String> ids = List.of("record/1", "record/2", "record/3", "record/4");
		List<Document> odd = this.records.find(Filters.and(Filters.in("_id", ids), Filters.eq("kind", "ODD")))
			.into(new ArrayList<>());
		assertThat(odd).extracting((d) -> d.get("_id")).containsExactlyInAnyOrder("record/1", "record/3");
	}

}
