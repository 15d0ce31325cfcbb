package london.scrutiny.tracker.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.audit.AuditLog;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads the curated seed bundles ({@code mongo-init/seed/*.json}) at startup. Each record
 * is inserted only when its {@code _id} is not stored yet: a restart never duplicates,
 * and nothing stored (a clerk's later edit included) is ever overwritten. It runs while
 * the context starts, so the API never serves a half-seeded store. With
 * {@code tracker.restore-from} set, a backup is first loaded into the (empty) store.
 */
@Component
public class SeedLoader implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	static final String SEED_LOCATION = "classpath:mongo-init/seed/*.json";

	static final String CORPUS_LOCATION = "classpath:mongo-init/corpus/";

	private final MongoTemplate mongo;

	private final CollectionSetup collections;

	private final boolean enabled;

	private final Clock clock;

	private final Backups backups;

	private final String restoreFrom;

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private boolean storedAtStart;

	private final AuditLog audit;

	/** A loader that only reads the bundles (readSeed), as tests of the seed do. */
	public SeedLoader(MongoTemplate mongo, CollectionSetup collections, boolean enabled) {
		this(mongo, collections, enabled, Clock.systemUTC(), null, "", null);
	}

	@Autowired
	public SeedLoader(MongoTemplate mongo, CollectionSetup collections,
			@Value("${tracker.seed.enabled:true}") boolean enabled, Clock clock, Backups backups,
			@Value("${tracker.restore-from:}") String restoreFrom, AuditLog audit) {
		this.mongo = mongo;
		this.audit = audit;
		this.collections = collections;
		this.enabled = enabled;
		this.clock = clock;
		this.backups = backups;
		this.restoreFrom = restoreFrom;
	}

	@Override
	public void afterPropertiesSet() {
		this.collections.ensureCollections();
		if (!this.restoreFrom.isBlank()) {
			// Before the seed: the backup holds the seed as it stood, clerks' edits
			// included.
			this.backups.restore(Path.of(this.restoreFrom));
			this.storedAtStart = true;
		}
		if (this.enabled) {
			loadSeed();
		}
		if (this.storedAtStart && this.audit != null) {
			// Other instances sharing the store may keep results derived without these.
			this.audit.storedOutsideTheTrail();
		}
	}

	private void loadSeed() {
		Map<String, Map<Object, Document>> seed = readSeed();
		int inserted = 0;
		for (var entry : seed.entrySet()) {
			inserted += insertMissing(entry.getKey(), entry.getValue());
		}
		log.info("Seed loaded: {} new records", inserted);
		this.storedAtStart |= inserted > 0;
	}

	/**
	 * Whether this start stored records (a restored backup, new seed records) without an
	 * entry in the audit trail, so that what follows the trail must read the store anew.
	 */
	public boolean storedAtStart() {
		return this.storedAtStart;
	}

	/**
	 * All bundles, merged by collection and id (see mongo-init/seed/FORMAT.md), with
	 * derived fields added.
	 */
	public Map<String, Map<Object, Document>> readSeed() {
		Map<String, Map<Object, Document>> merged = new LinkedHashMap<>();
		for (Resource bundle : bundles()) {
			Document content = Document.parse(read(bundle));
			for (String collection : content.keySet()) {
				Map<Object, Document> records = merged.computeIfAbsent(collection, (c) -> new LinkedHashMap<>());
				for (Object item : content.getList(collection, Object.class)) {
					Document record = (Document) item;
					Object id = record.get("_id");
					Document existing = records.get(id);
					if (existing == null) {
						records.put(id, record);
					}
					else {
						SeedMerge.into(existing, record, bundle.getFilename() + " " + collection + " " + id);
					}
				}
			}
		}
		merged.getOrDefault("documents", Map.of()).values().forEach(this::addDerivedDocumentFields);
		return merged;
	}

	private void addDerivedDocumentFields(Document document) {
		String reference = document.getString("reference");
		if (reference != null) {
			document.put("referenceKey", References.key(reference));
		}
		String corpusFile = document.getString("corpusFile");
		if (corpusFile != null) {
			document.put("text", read(this.resources.getResource(CORPUS_LOCATION + corpusFile)));
		}
	}

	private int insertMissing(String collection, Map<Object, Document> records) {
		Set<Object> stored = new HashSet<>();
		Query existing = Query.query(Criteria.where("_id").in(records.keySet()));
		existing.fields().include("_id");
		this.mongo.find(existing, Document.class, collection).forEach((d) -> stored.add(d.get("_id")));
		List<Document> missing = new ArrayList<>();
		Date now = Writes.now(this.clock);
		records.forEach((id, record) -> {
			if (!stored.contains(id)) {
				Writes.stamp(record, now);
				missing.add(record);
			}
		});
		if (!missing.isEmpty()) {
			this.mongo.getCollection(collection).insertMany(missing);
		}
		return missing.size();
	}

	private List<Resource> bundles() {
		try {
			Resource[] found = this.resources.getResources(SEED_LOCATION);
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the seed bundles", ex);
		}
	}

	static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

}
