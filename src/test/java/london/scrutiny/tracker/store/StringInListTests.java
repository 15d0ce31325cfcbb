package london.scrutiny.tracker.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of strings a field must be in is matched by a set on the embedded store, and
 * matches exactly the records the server's own matcher does: string values, arrays,
 * missing fields, nulls, numbers, sub-documents, an empty list; nested arrays are left to
 * the server's own rules; and queries it does not recognise keep the server's matching.
 */
class StringInListTests {

	private static final List<String> WORDS = List.of("ask/1", "ask/2", "ask/3", "ASK/1", "ask/1 ", "", "42");

	@TempDir
	Path dataDir;

	@Test
	void matchesAsTheServerDoesOverGeneratedRecords() {
		Random random = new Random(20261130);
		DefaultQueryMatcher server = new DefaultQueryMatcher();
		for (int round = 0; round < 500; round++) {
			List<Object> listed = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				listed.add(word(random));
			}
			Document query = new Document("askId", new Document("$in", listed));
			StringInList set = StringInList.of(query);
			assertThat(set).isNotNull();
			for (int i = 0; i < 40; i++) {
				Document record = record(random);
				Boolean decided = set.decide(record);
				if (decided != null) {
					assertThat(decided).as(record + " in " + listed).isEqualTo(server.matches(record, query));
				}
				else {
					assertThat(record.get("askId")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.anyMatch((e) -> e instanceof List<?>);
				}
			}
		}
	}

	@Test
	void onlyAListOfStringsOnOneTopLevelFieldIsRecognised() {
		assertThat(StringInList.of(new Document("askId", new Document("$in", List.of("a", 1))))).isNull();
		assertThat(StringInList.of(new Document("source.documentId", new Document("$in", List.of("a"))))).isNull();
		assertThat(StringInList.of(new Document("askId", new Document("$in", List.of("a")).append("$ne", "b"))))
			.isNull();
		assertThat(StringInList.of(new Document("askId", new Document("$in", List.of("a"))).append("kind", "X")))
			.isNull();
		assertThat(StringInList.of(new Document("$or", List.of(new Document("askId", "a"))))).isNull();
		assertThat(StringInList.of(new Document("askId", "a"))).isNull();
		assertThat(StringInList.of(new Document("askId", new Document("$nin", List.of("a"))))).isNull();
	}

	@Test
	void throughTheStore_aListFindsWhatTheSameConditionsWrittenOutFind() {
		EmbeddedStore store = new EmbeddedStore(this.dataDir, "", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
			MongoCollection<org.bson.Document> answers = client.getDatabase("test").getCollection("answers");
			Random random = new Random(7);
			List<org.bson.Document> all = new ArrayList<>();
			for (int i = 0; i < 2000; i++) {
				all.add(new org.bson.Document("_id", "answer/" + i).append("askId", bsonValue(random)).append("n", i));
			}
			for (int i = 0; i < 20; i++) {
				all.add(new org.bson.Document("_id", "nested/" + i).append("askId", List.of(List.of(word(random))))
					.append("n", 5000 + i));
			}
			answers.insertMany(all);
			List<String> listed = List.of("ask/1", "ask/3", "", "missing");
			List<Bson> each = listed.stream().map((id) -> Filters.eq("askId", id)).toList();
			assertThat(ids(answers, Filters.in("askId", listed))).isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(ids(answers, Filters.or(each)));
			List<Object> page = answers.find(Filters.in("askId", listed))
				.sort(Sorts.descending("n"))
				.limit(5)
				.map((d) -> d.get("_id"))
				.into(new ArrayList<>());
			List<Object> expected = answers.find(Filters.or(each))
				.sort(Sorts.descending("n"))
				.limit(5)
				.map((d) -> d.get("_id"))
				.into(new ArrayList<>());
			assertThat(page).hasSize(5).containsExactlyElementsOf(expected);
		}
		finally {
			store.destroy();
		}
	}

	private static List<Object> ids(MongoCollection<org.bson.Document> collection, Bson filter) {
		return collection.find(filter).map((d) -> d.get("_id")).into(new ArrayList<>());
	}

	private static String word(Random random) {
		return WORDS.get(random.nextInt(WORDS.size()));
	}

	private static Document record(Random random) {
		Document record = new Document("_id", "r");
		switch (random.nextInt(8)) {
			case 0 -> {
				// no askId at all
			}
			case 1 -> record.put("askId", null);
			case 2 -> record.put("askId", 42);
			case 3 -> record.put("askId", new Document("id", word(random)));
			case 4 -> record.put("askId", List.of(word(random), 7, word(random)));
			case 5 -> record.put("askId", List.of(List.of(word(random)), word(random)));
			case 6 -> record.put("askId", List.of());
			default -> record.put("askId", word(random));
		}
		return record;
	}

	private static Object bsonValue(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> List.of(word(random), word(random));
			case 1 -> 42;
			case 2 -> new org.bson.Document("id", word(random));
			default -> word(random);
		};
	}

}
