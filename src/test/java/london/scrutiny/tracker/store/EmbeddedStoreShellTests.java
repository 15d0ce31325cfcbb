package london.scrutiny.tracker.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server answers a shell's handshake with a version current shells accept:
 * mongosh 2.x refuses a server below wire version 9, which the server reported by default
 * (wire version 8, though it said 5.0).
 */
class EmbeddedStoreShellTests {

	@TempDir
	Path dataDir;

	@Test
	void theHandshakeReportsMongoDb50WithItsWireVersion_whichMongosh2Accepts() {
		EmbeddedStore store = new EmbeddedStore(this.dataDir, "", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
			Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
			assertThat(hello.getInteger("maxWireVersion")).isEqualTo(13).isGreaterThanOrEqualTo(9);
			Document build = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
			assertThat(build.getString("version")).isEqualTo("5.0.0");
			client.getDatabase("tracker").getCollection("records").insertOne(new Document("_id", "r1"));
			assertThat(client.getDatabase("tracker").getCollection("records").countDocuments()).isOne();
		}
		finally {
			store.destroy();
		}
	}

}
