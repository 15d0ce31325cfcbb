package london.scrutiny.tracker.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import london.scrutiny.tracker.audit.AuditLog;
import london.scrutiny.tracker.security.Actor;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.NotFoundException;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one write path: idempotent inserts keyed by natural ids, version-checked updates,
 * each audited and made durable before it is acknowledged. Every write touches one
 * document, which MongoDB (and the embedded server) applies atomically, so no transaction
 * is needed. A write of several records runs {@link #together}: writers check every
 * record first ({@link #checkNew}), then store them, so a refused write stores nothing.
 */
@Component
public class Writes {

	/**
	 * Fields that say when, by whom or how it was typed, not what: a replay that differs
	 * only in them is the same record (a letter's reference typed with or without a
	 * space).
	 */
	private static final Set<String> BOOKKEEPING = Set.of("version", "recordedAt", "recordedBy", "assessedBy",
			"revisedBy", "createdAt", "createdBy", "updatedAt", "referenceAsWritten");

	/** When a record was first stored (set on insert, never changed). */
	public static final String CREATED_AT = "createdAt";

	/** When a record was last written (set on insert and on every update). */
	public static final String UPDATED_AT = "updatedAt";

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final WriteGate gate;

	private final Clock clock;

	public Writes(MongoTemplate mongo, AuditLog audit, WriteGate gate, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.gate = gate;
		this.clock = clock;
	}

	/**
	 * Runs the writes of one request together: they are committed (and so survive a
	 * crash) at once, when the last is done.
	 */
	public <T> T together(Supplier<T> work) {
		return this.gate.write(work);
	}

	/**
	 * Checks a record before anything of its write is stored: CREATED if its id is free,
	 * UNCHANGED if it is stored with the same content (a replay), and a conflict if it is
	 * stored with different content.
	 */
	public Outcome checkNew(String collection, Document record) {
		Document stored = this.mongo.findById(record.get("_id"), Document.class, collection);
		return (stored != null) ? replayOf(stored, record) : Outcome.CREATED;
	}

	/**
	 * {@link #checkNew(String, Document)} for a record of an entity type (annotated with
	 * its collection), converted as it is stored.
	 */
	public Outcome checkNew(Object record) {
		return checkNew(collectionOf(record), stored(record));
	}

	/**
	 * {@link #insertOnce(String, String, Document)} for a record of an entity type
	 * (annotated with its collection): it is converted as it is stored, for the insert,
	 * the audit entry and the comparison with a replay alike.
	 */
	public Outcome insertOnce(String operation, Object record) {
		return insertOnce(operation, collectionOf(record), stored(record));
	}

	/**
	 * A record as it is stored: converted by the same {@code MongoConverter} that reads
	 * it back, without the type hint (each collection holds one type). Components are
	 * stored when they hold a value, and always where the record says so (those that were
	 * always stored, null or not).
	 */
	public Document stored(Object record) {
		Document stored = new Document();
		this.mongo.getConverter().write(record, stored);
		stored.remove("_class");
		return stored;
	}

	private String collectionOf(Object record) {
		return this.mongo.getCollectionName(record.getClass());
	}

	/** Whether an insert created the record or found it already stored as given. */
	public enum Outcome {

		CREATED, UNCHANGED

	}

	/**
	 * Inserts the record unless its id is stored. A stored record with the same content
	 * is a replay and changes nothing; one with different content is a conflict, since
	 * the natural key names one thing.
	 */
	public Outcome insertOnce(String operation, String collection, Document record) {
		return this.gate.write(() -> insert(operation, collection, record));
	}

	private Outcome insert(String operation, String collection, Document record) {
		Object id = record.get("_id");
		Document stored = this.mongo.findById(id, Document.class, collection);
		if (stored != null) {
			return replayOf(stored, record);
		}
		record.putIfAbsent("version", 0L);
		stamp(record, now(this.clock));
		try {
			this.mongo.insert(record, collection);
		}
		catch (DuplicateKeyException raced) {
			// The same natural key was inserted between our read and our write: judge
			// against that one.
			return replayOf(this.mongo.findById(id, Document.class, collection), record);
		}
		this.audit.record(Actor.current(), operation, collection, String.valueOf(id), null, record);
		return Outcome.CREATED;
	}

	private static Outcome replayOf(Document stored, Document record) {
		if (stored != null && sameContent(stored, record)) {
			return Outcome.UNCHANGED;
		}
		String id = String.valueOf(record.get("_id"));
		throw new ConflictException(id, (stored != null) ? versionOf(stored) : 0, "'" + id
				+ "' is already recorded with different content. Read it, and change it with an update (with its "
				+ "current version) rather than recording it again.");
	}

	/**
	 * Applies the update only if the record is still at the version the caller read;
	 * bumps the version. Returns the record after the update.
	 */
	public Document update(String operation, String collection, String id, long expectedVersion, Update update) {
		return this.gate.write(() -> apply(operation, collection, id, expectedVersion, update));
	}

	/**
	 * {@link #update(String, String, String, long, Update)} of a record of an entity
	 * type, in the collection the type is stored in.
	 */
	public Document update(String operation, Class<?> type, String id, long expectedVersion, Update update) {
		return update(operation, this.mongo.getCollectionName(type), id, expectedVersion, update);
	}

	private Document apply(String operation, String collection, String id, long expectedVersion, Update update) {
		Criteria current = (expectedVersion == 0)
				? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
				: Criteria.where("version").is(expectedVersion);
		Document before = this.mongo.findById(id, Document.class, collection);
		if (before == null) {
			throw new NotFoundException("input.id", "No record has the id '" + id + "' in " + collection + ".");
		}
		if (versionOf(before) == expectedVersion && !changes(before, update)) {
			// A replay, or a change to what is already there: answered as applied,
			// without a new version or audit entry.
			return before;
		}
		Document after = this.mongo.findAndModify(
				new Query(new Criteria().andOperator(Criteria.where("_id").is(id), current)),
				update.inc("version", 1).set(UPDATED_AT, now(this.clock)),
				FindAndModifyOptions.options().returnNew(true), Document.class, collection);
		if (after == null) {
			Document now = this.mongo.findById(id, Document.class, collection);
			long version = (now != null && now.get("version") != null) ? now.get("version", Number.class).longValue()
					: 0;
			throw new ConflictException(id, version,
					"'" + id + "' has changed since version " + expectedVersion + ": it is now at version " + version
							+ ". Read it again, reapply your change, and send " + "expectedVersion " + version + ".");
		}
		this.audit.record(Actor.current(), operation, collection, id, before, after);
		return after;
	}

	/**
	 * Whether the update would change the record: $set of other values, $addToSet of
	 * absent ones; any other operator is taken to change it.
	 */
	static boolean changes(Document before, Update update) {
		for (var operation : update.getUpdateObject().entrySet()) {
			Document fields = (Document) operation.getValue();
			for (var field : fields.entrySet()) {
				Object stored = before.get(field.getKey());
				boolean same = switch (operation.getKey()) {
					case "$set" ->
						!field.getKey().contains(".") && Objects.equals(normal(stored), normal(field.getValue()));
					case "$addToSet" -> added(field.getValue()).isEmpty()
							|| (stored instanceof List<?> held && held.containsAll(added(field.getValue())));
					default -> false;
				};
				if (!same) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<?> added(Object value) {
		if (value instanceof Update.Modifier each && "$each".equals(each.getKey())) {
			Object values = each.getValue();
			return (values instanceof Object[] array) ? Arrays.asList(array) : List.copyOf((Collection<?>) values);
		}
		return List.of(value);
	}

	/**
	 * Gives a record being stored for the first time its {@code createdAt} and
	 * {@code updatedAt}, unless it carries them already (a record moved between stores).
	 */
	public static void stamp(Document record, Date now) {
		record.putIfAbsent(CREATED_AT, now);
		record.putIfAbsent(UPDATED_AT, record.get(CREATED_AT));
	}

	/** Now, to the millisecond a BSON date holds. */
	public static Date now(Clock clock) {
		return Date.from(clock.instant());
	}

	/**
	 * Sets a field derived from other records (not what anyone typed, such as an ask's
	 * status facts), converted for storage as the record's own fields are. No version
	 * check and no new version, so it never conflicts with an editor's update; audited
	 * and durable like every write. Returns whether it changed anything.
	 */
	public boolean derive(String operation, String collection, String id, String field, Object value) {
		Object stored = storable(value);
		return this.gate.write(() -> {
			Document before = this.mongo.findById(id, Document.class, collection);
			if (before == null || Objects.equals(before.get(field), stored)) {
				return false;
			}
			Document after = this.mongo.findAndModify(new Query(Criteria.where("_id").is(id)),
					new Update().set(field, stored), FindAndModifyOptions.options().returnNew(true), Document.class,
					collection);
			this.audit.record(Actor.current(), operation, collection, id, before, after);
			return true;
		});
	}

	private Object storable(Object value) {
		return (value != null) ? stored(value) : null;
	}

	/** The version of a stored record (0 for records from before versioning). */
	public static long versionOf(Document record) {
		Number version = record.get("version", Number.class);
		return (version != null) ? version.longValue() : 0;
	}

	/**
	 * Whether the stored record already holds every field of the given one, bookkeeping
	 * aside.
	 */
	public static boolean sameContent(Document stored, Document record) {
		for (String field : record.keySet()) {
			if (!BOOKKEEPING.contains(field) && !Objects.equals(normal(stored.get(field)), normal(record.get(field)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Numbers compare by value: the driver may hand back an Int32 for what was written as
	 * a Long. A field stored as null and one not stored say the same, at any depth: a
	 * record stored before its type said to store a null component is the same record.
	 */
	private static Object normal(Object value) {
		if (value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		if (value instanceof Document document) {
			Document normal = new Document();
			document.forEach((field, held) -> {
				if (held != null) {
					normal.put(field, normal(held));
				}
			});
			return normal;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Writes::normal).toList();
		}
		return value;
	}

}
