package london.scrutiny.tracker.store;

import java.util.Map;
import java.util.TreeMap;

import london.scrutiny.tracker.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the seed is idempotent and never overwrites what is stored. */
@ApiTest
class SeedLoadingTests {

	@Autowired
	SeedLoader seed;

	@Autowired
	MongoTemplate mongo;

	@Test
	void loadingTheSeedAgainAddsNothing() {
		Map<String, Long> before = counts();
		this.seed.afterPropertiesSet();
		this.seed.afterPropertiesSet();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void everySeedRecordIsStoredOnce() {
		this.seed.readSeed()
			.forEach((collection,
					records) -> assertThat(this.mongo.getCollection(collection)
						.countDocuments(new Document("_id", new Document("$in", records.keySet().stream().toList()))))
						.as(collection)
						.isEqualTo(records.size()));
	}

	@Test
	void aStoredRecordThatDiffersFromTheSeedIsKeptAsStored() {
		Query ask = Query.query(Criteria.where("_id").is("pcc-2022-vawg/1"));
		String original = this.mongo.findOne(ask, Document.class, "asks").getString("title");
		try {
			this.mongo.updateFirst(ask, Update.update("title", "Edited by a clerk"), "asks");
			this.seed.afterPropertiesSet();
			assertThat(this.mongo.findOne(ask, Document.class, "asks").getString("title"))
				.isEqualTo("Edited by a clerk");
		}
		finally {
			this.mongo.updateFirst(ask, Update.update("title", original), "asks");
		}
	}

	@Test
	void documentsCarryTheirCorpusTextAndATolerantReferenceKey() {
		Document letter = this.mongo.findById("letter/MOPAC090223-C4495", Document.class, "documents");
		assertThat(letter.getString("referenceKey")).isEqualTo("MOPAC090223C4495");
		assertThat(letter.getString("text")).contains("Our ref: MOPAC090223- C4495");
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		this.mongo.getCollectionNames().forEach((n) -> counts.put(n, this.mongo.getCollection(n).countDocuments()));
		return counts;
	}

}
