package london.scrutiny.tracker.store;

import java.util.Objects;
import java.util.Set;

import london.scrutiny.tracker.audit.AuditLog;
import london.scrutiny.tracker.security.Actor;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.NotFoundException;
import org.bson.Document;

import org.springframework.beans.factory.ObjectProvider;
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
 * is needed.
 */
@Component
public class Writes {

	/**
	 * Fields that say when, by whom or how it was typed, not what: a replay that differs
	 * only in them is the same record (a letter's reference typed with or without a
	 * space).
	 */
	private static final Set<String> BOOKKEEPING = Set.of("version", "recordedAt", "recordedBy", "assessedBy",
			"revisedBy", "createdAt", "createdBy", "referenceAsWritten");

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final ObjectProvider<EmbeddedStoreCommit> embeddedCommit;

	public Writes(MongoTemplate mongo, AuditLog audit, ObjectProvider<EmbeddedStoreCommit> embeddedCommit) {
		this.mongo = mongo;
		this.audit = audit;
		this.embeddedCommit = embeddedCommit;
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
		Object id = record.get("_id");
		Document stored = this.mongo.findById(id, Document.class, collection);
		if (stored != null) {
			return replayOf(stored, record);
		}
		record.putIfAbsent("version", 0L);
		try {
			this.mongo.insert(record, collection);
		}
		catch (DuplicateKeyException raced) {
			// The same natural key was inserted between our read and our write: judge
			// against that one.
			return replayOf(this.mongo.findById(id, Document.class, collection), record);
		}
		this.audit.record(Actor.current(), operation, collection, String.valueOf(id), null, record);
		durable();
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
		Criteria current = (expectedVersion == 0)
				? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
				: Criteria.where("version").is(expectedVersion);
		Document before = this.mongo.findById(id, Document.class, collection);
		if (before == null) {
			throw new NotFoundException("input.id", "No record has the id '" + id + "' in " + collection + ".");
		}
		Document after = this.mongo.findAndModify(
				new Query(new Criteria().andOperator(Criteria.where("_id").is(id), current)), update.inc("version", 1),
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
		durable();
		return after;
	}

	/**
	 * Sets a field derived from other records (not what anyone typed, such as an ask's
	 * status facts), converted for storage as the record's own fields are. No version
	 * check and no new version, so it never conflicts with an editor's update; audited
	 * and durable like every write. Returns whether it changed anything.
	 */
	public boolean derive(String operation, String collection, String id, String field, Object value) {
		Object stored = storable(value);
		Document before = this.mongo.findById(id, Document.class, collection);
		if (before == null || Objects.equals(before.get(field), stored)) {
			return false;
		}
		Document after = this.mongo.findAndModify(new Query(Criteria.where("_id").is(id)),
				new Update().set(field, stored), FindAndModifyOptions.options().returnNew(true), Document.class,
				collection);
		this.audit.record(Actor.current(), operation, collection, id, before, after);
		durable();
		return true;
	}

	private Object storable(Object value) {
		if (value == null) {
			return null;
		}
		Document converted = new Document();
		this.mongo.getConverter().write(value, converted);
		converted.remove("_class");
		return converted;
	}

	/** The version of a stored record (0 for records from before versioning). */
	public static long versionOf(Document record) {
		Number version = record.get("version", Number.class);
		return (version != null) ? version.longValue() : 0;
	}

	private void durable() {
		EmbeddedStoreCommit commit = this.embeddedCommit.getIfAvailable();
		if (commit != null) {
			commit.commit();
		}
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
	 * a Long.
	 */
	private static Object normal(Object value) {
		if (value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		return value;
	}

}
