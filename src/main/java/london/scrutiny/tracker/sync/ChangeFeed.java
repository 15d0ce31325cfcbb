package london.scrutiny.tracker.sync;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.audit.AuditEntry;
import london.scrutiny.tracker.audit.ChangeLog;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.support.Paging;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Serves {@code changes(after:)}. A client that starts with no cursor first receives
 * every public record as it stands (PRESENT), collection by collection in id order, then
 * every write after the trail's head at the moment the snapshot began, in sequence order.
 * A record is stored before its write takes a sequence number, so a write numbered at or
 * before that head is already visible to the snapshot, and one numbered after it is in
 * the trail: nothing is missed. A write during the snapshot may be seen twice (in the
 * snapshot and then in the trail); each change carries the whole record, so applying it
 * again changes nothing. Tokens, the audit trail and delivery bookkeeping are never
 * listed.
 */
@Service
public class ChangeFeed {

	/** The collections a client can copy, in snapshot order. */
	static final List<String> SYNCED = List.of("themes", "organisations", "people", "documents", "asks", "responses",
			"programmes", "evidence", "assessments", "deadlineRevisions");

	private final MongoTemplate mongo;

	private final ChangeLog log;

	public ChangeFeed(MongoTemplate mongo, ChangeLog log) {
		this.mongo = mongo;
		this.log = log;
	}

	public ChangePage after(String after, Integer first) {
		int size = (first != null) ? first : Paging.DEFAULT_SIZE;
		if (size < 1 || size > Paging.MAX_SIZE) {
			throw new InvalidInputException("first",
					"'first' must be between 1 and " + Paging.MAX_SIZE + "; got " + size + ".");
		}
		SyncCursor cursor = (after != null) ? SyncCursor.decode(after) : SyncCursor.start(this.log.latest());
		List<Change> changes = new ArrayList<>();
		while (cursor.snapshot() && changes.size() < size) {
			cursor = snapshot(cursor, size - changes.size(), changes);
		}
		if (!cursor.snapshot() && changes.size() < size) {
			cursor = trail(cursor, size - changes.size(), changes);
		}
		boolean more = cursor.snapshot() || changes.size() == size;
		return new ChangePage(changes, cursor.encode(), more);
	}

	private SyncCursor snapshot(SyncCursor cursor, int limit, List<Change> into) {
		if (cursor.collection() >= SYNCED.size()) {
			return SyncCursor.trail(cursor.seq());
		}
		String collection = SYNCED.get(cursor.collection());
		Criteria past = (cursor.lastId() != null) ? Criteria.where("_id").gt(cursor.lastId()) : new Criteria();
		List<Document> records = this.mongo.find(new Query(past).with(Sort.by("_id")).limit(limit), Document.class,
				collection);
		for (Document record : records) {
			java.util.Date at = record.get(Writes.UPDATED_AT, java.util.Date.class);
			into.add(new Change(collection, String.valueOf(record.get("_id")), ChangeAction.PRESENT, null,
					(at != null) ? at.toInstant().atOffset(ZoneOffset.UTC) : null, record));
		}
		if (records.size() < limit) {
			return new SyncCursor(true, cursor.collection() + 1, null, cursor.seq());
		}
		return new SyncCursor(true, cursor.collection(), String.valueOf(records.get(records.size() - 1).get("_id")),
				cursor.seq());
	}

	private SyncCursor trail(SyncCursor cursor, int limit, List<Change> into) {
		long seq = cursor.seq();
		for (AuditEntry entry : this.log.after(seq, limit)) {
			seq = entry.seq();
			if (SYNCED.contains(entry.collection()) && entry.after() != null) {
				into.add(new Change(entry.collection(), entry.targetId(),
						(entry.before() == null) ? ChangeAction.CREATED : ChangeAction.UPDATED, entry.operation(),
						entry.at().atOffset(ZoneOffset.UTC), entry.after()));
			}
		}
		return SyncCursor.trail(seq);
	}

}
