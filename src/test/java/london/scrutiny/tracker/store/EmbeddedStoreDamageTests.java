package london.scrutiny.tracker.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory that has held data is never silently served as an older or empty store
 * (which the seed loader would then re-seed, losing acknowledged writes): a store file
 * cut short, overwritten with random bytes, or removed is refused when the store opens,
 * with a message that says what happened and how to recover; so is a read-only one. A
 * clean restart is not mistaken for damage.
 */
class EmbeddedStoreDamageTests {

	private static final int RECORDS = 120;

	@TempDir
	Path dataDir;

	@BeforeAll
	static void faultyDisk() {
		FaultyFileSystem.register();
	}

	@AfterEach
	void healDisk() {
		FaultyFileSystem.heal();
	}

	@Test
	void aCleanRestartKeepsEveryRecordAndStarts() {
		writeRecords();
		EmbeddedStore again = new EmbeddedStore(this.dataDir, "", 0);
		try (MongoClient client = client(again)) {
			assertThat(records(client).countDocuments()).isEqualTo(RECORDS);
		}
		finally {
			again.destroy();
		}
	}

	@Test
	void aStoreFileCutToHalfItsLengthIsRefusedAtStartUp() throws IOException {
		writeRecords();
		Path file = this.dataDir.resolve(EmbeddedStore.FILE);
		try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
			cut.setLength(cut.length() / 2);
		}
		assertThatThrownBy(() -> new EmbeddedStore(this.dataDir, "", 0)).isInstanceOf(DamagedStoreException.class)
			.hasMessageContaining("cut short")
			.hasMessageContaining("Backup and restore");
	}

	@Test
	void aStoreFileWithRandomBytesIsRefusedAtStartUp() throws IOException {
		writeRecords();
		Path file = this.dataDir.resolve(EmbeddedStore.FILE);
		byte[] noise = new byte[64 * 1024];
		new Random(12).nextBytes(noise);
		try (RandomAccessFile damaged = new RandomAccessFile(file.toFile(), "rw")) {
			damaged.seek(damaged.length() / 3);
			damaged.write(noise);
			damaged.seek(damaged.length() - noise.length);
			damaged.write(noise);
		}
		assertThatThrownBy(() -> new EmbeddedStore(this.dataDir, "", 0)).isInstanceOf(DamagedStoreException.class)
			.hasMessageContaining(EmbeddedStore.FILE);
	}

	@Test
	void aDataDirectoryWhoseStoreFileWasRemovedIsNotReseeded() throws IOException {
		writeRecords();
		Files.delete(this.dataDir.resolve(EmbeddedStore.FILE));
		assertThatThrownBy(() -> new EmbeddedStore(this.dataDir, "", 0)).isInstanceOf(DamagedStoreException.class)
			.hasMessageContaining("has held data")
			.hasMessageContaining("missing or empty");
	}

	@Test
	void aReadOnlyStoreFileIsRefusedAtStartUpRatherThanFailingEveryWrite() {
		writeRecords();
		FaultyFileSystem.makeReadOnly();
		assertThatThrownBy(() -> new EmbeddedStore(this.dataDir, "faulty:", 0))
			.isInstanceOf(DamagedStoreException.class)
			.hasMessageContaining("read-only")
			.hasMessageContaining("TRACKER_DATA_DIR");
	}

	/**
	 * Writes records one commit at a time, as acknowledged writes are, and stops cleanly.
	 */
	private void writeRecords() {
		EmbeddedStore store = new EmbeddedStore(this.dataDir, "", 0);
		try (MongoClient client = client(store)) {
			for (int i = 0; i < RECORDS; i++) {
				records(client).insertOne(new Document("_id", "record-" + i).append("text", "x".repeat(500)));
				store.commit();
			}
		}
		finally {
			store.destroy();
		}
	}

	private static MongoClient client(EmbeddedStore store) {
		return MongoClients.create("mongodb://127.0.0.1:" + store.port());
	}

	private static MongoCollection<Document> records(MongoClient client) {
		return client.getDatabase("tracker").getCollection("records");
	}

}
