package london.scrutiny.tracker.store;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.IndexOptions;

/**
 * Creates the collections, their validators and indexes from
 * {@code mongo-init/collections.json}, the one definition that the MongoDB init script
 * uses too. Existing collections and indexes are left as they are (so an index whose keys
 * change is declared under a new name: a real MongoDB refuses a name it holds with other
 * keys). The embedded server accepts validators without enforcing them, so the
 * application validates its input itself; it keeps non-unique indexes in memory for
 * sorted pages only ({@link OrderedIndex}).
 */
@Component
public class CollectionSetup {

	private static final Logger log = LoggerFactory.getLogger(CollectionSetup.class);

	private final MongoTemplate mongo;

	public CollectionSetup(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void ensureCollections() {
		Document definitions = Document
			.parse(SeedLoader.read(new DefaultResourceLoader().getResource("classpath:mongo-init/collections.json")));
		for (String name : definitions.keySet()) {
			Document definition = definitions.get(name, Document.class);
			if (!this.mongo.collectionExists(name)) {
				this.mongo.getDb()
					.runCommand(new Document("create", name).append("validator", definition.get("validator"))
						.append("validationLevel", "moderate"));
				log.debug("Created collection {}", name);
			}
			List<Document> indexes = definition.getList("indexes", Document.class);
			for (Document index : indexes) {
				IndexOptions options = new IndexOptions().name(index.getString("name"))
					.unique(index.getBoolean("unique", false))
					.sparse(index.getBoolean("sparse", false));
				this.mongo.getCollection(name).createIndex(index.get("key", Document.class), options);
			}
		}
	}

}
