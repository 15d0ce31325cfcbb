package london.scrutiny.tracker.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Online backup and restore of every record, the audit trail and tokens included. A
 * backup is taken while the API serves: it waits for writes in progress to finish and
 * holds new ones back until it is written (reads go on), so it is one consistent state.
 * The file holds one record a line in MongoDB Extended JSON (types kept exactly:
 * Decimal128 amounts, 64-bit numbers, dates), between a header and a trailer that counts
 * the records, so a copy cut short is refused rather than half restored. It is written
 * beside the name it will take and renamed when complete.
 */
@Component
public class Backups {

	static final String FORMAT = "tracker-backup";

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private static final int BATCH = 500;

	/** Records per reply when reading a collection to back it up. */
	private static final int READ_BATCH = 50;

	private final MongoTemplate mongo;

	private final WriteGate gate;

	private final Path directory;

	private final Clock clock;

	public Backups(MongoTemplate mongo, WriteGate gate,
			@Value("${tracker.backup-dir:${tracker.data-dir:./data}/backups}") Path directory, Clock clock) {
		this.mongo = mongo;
		this.gate = gate;
		this.directory = directory;
		this.clock = clock;
	}

	/** What a backup wrote. */
	public record Taken(String file, Instant takenAt, long records, Map<String, Long> collections) {
	}

	/** Takes a backup into the backup directory; returns what it wrote. */
	@PreAuthorize("hasRole('ADMIN')")
	public Taken backup() {
		return this.gate.exclusive(this::write);
	}

	/** The backup directory, where {@link #backup()} writes. */
	public Path directory() {
		return this.directory;
	}

	private Taken write() {
		Instant takenAt = Instant.now(this.clock);
		String name = "tracker-" + STAMP.format(takenAt) + ".backup.jsonl";
		Map<String, Long> counts = new LinkedHashMap<>();
		long total = 0;
		try {
			Files.createDirectories(this.directory);
			Path partial = this.directory.resolve(name + ".partial");
			try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
				line(out, new Document("format", FORMAT).append("version", 1).append("takenAt", takenAt.toString()));
				for (String collection : collections()) {
					long count = 0;
					for (Document record : this.mongo.getCollection(collection)
						.find()
						.sort(new Document("_id", 1))
						// Replies of bounded size: the embedded server otherwise sends a
						// collection in one reply, and letters hold long texts.
						.batchSize(READ_BATCH)) {
						line(out, new Document("collection", collection).append("record", record));
						count++;
					}
					counts.put(collection, count);
					total += count;
				}
				line(out, new Document("end", true).append("records", total)
					.append("collections", new Document(new LinkedHashMap<>(counts))));
			}
			Files.move(partial, this.directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new StoreUnavailableException("The backup could not be written to the backup directory ("
					+ ex.getMessage() + "); nothing was changed. Free space there, or set tracker.backup-dir.", ex);
		}
		log.info("Backup {} written: {} records", name, total);
		return new Taken(name, takenAt, total, counts);
	}

	/**
	 * Loads a backup into a store that holds no records yet; refuses a store that does,
	 * and a backup that is cut short or not a backup, before loading anything.
	 */
	public long restore(Path file) {
		for (String collection : collections()) {
			if (this.mongo.getCollection(collection).estimatedDocumentCount() > 0) {
				throw new IllegalStateException("tracker.restore-from is set, but the store already holds records (in '"
						+ collection + "'). A backup is restored into an empty data directory only: point "
						+ "TRACKER_DATA_DIR at a new directory, or remove tracker.restore-from to start on this one.");
			}
		}
		Document trailer = check(file);
		long restored = this.gate.write(() -> load(file));
		if (restored != trailer.get("records", Number.class).longValue()) {
			throw new IllegalStateException("The backup " + file + " lists " + trailer.get("records") + " records but "
					+ restored + " were read.");
		}
		log.info("Restored {} records from {}", restored, file);
		return restored;
	}

	/** Reads the whole file once: the header and the trailer must be there. */
	private static Document check(Path file) {
		String first = null;
		String last = null;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (first == null) {
					first = line;
				}
				last = line;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the backup " + file, ex);
		}
		Document header = (first != null) ? Document.parse(first) : new Document();
		Document trailer = (last != null) ? Document.parse(last) : new Document();
		if (!FORMAT.equals(header.getString("format")) || !Boolean.TRUE.equals(trailer.getBoolean("end"))) {
			throw new IllegalStateException("The file " + file + " is not a complete tracker backup (its "
					+ (FORMAT.equals(header.getString("format")) ? "end is missing: it was cut short"
							: "header is missing")
					+ "). Nothing was restored.");
		}
		return trailer;
	}

	private long load(Path file) {
		long restored = 0;
		Map<String, List<Document>> pending = new LinkedHashMap<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				Document entry = Document.parse(line);
				String collection = entry.getString("collection");
				if (collection == null) {
					continue;
				}
				List<Document> batch = pending.computeIfAbsent(collection, (c) -> new ArrayList<>());
				batch.add(entry.get("record", Document.class));
				if (batch.size() == BATCH) {
					restored += flush(collection, batch);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the backup " + file, ex);
		}
		for (var batch : pending.entrySet()) {
			restored += flush(batch.getKey(), batch.getValue());
		}
		return restored;
	}

	private long flush(String collection, List<Document> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		this.mongo.getCollection(collection).insertMany(batch);
		int size = batch.size();
		batch.clear();
		return size;
	}

	private TreeSet<String> collections() {
		TreeSet<String> names = new TreeSet<>(this.mongo.getCollectionNames());
		names.removeIf((name) -> name.startsWith("system."));
		return names;
	}

	private static void line(BufferedWriter out, Document document) throws IOException {
		out.write(document.toJson(EXACT));
		out.newLine();
	}

}
