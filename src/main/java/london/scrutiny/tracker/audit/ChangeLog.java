package london.scrutiny.tracker.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail in sequence order, for whatever follows it: a derived index, the
 * alerts, a client's {@code changes(after:)}. A writer takes its number before it stores
 * its entry, so a later number can be visible before an earlier one; a reader that jumped
 * the gap would miss the earlier write for good. So a read stops at the first missing
 * number, unless the gap is older than {@link #GAP_TIMEOUT} (its writer died between
 * taking the number and storing the entry, and the number will never be filled).
 */
@Component
public class ChangeLog {

	/** How long a missing sequence number holds back the entries after it. */
	static final Duration GAP_TIMEOUT = Duration.ofSeconds(30);

	private static final Sort BY_SEQ = Sort.by("seq");

	private final MongoTemplate mongo;

	private final Clock clock;

	public ChangeLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Up to {@code limit} entries after {@code seq}, in order, with no gap a later read
	 * could fill.
	 */
	public List<AuditEntry> after(long seq, int limit) {
		List<AuditEntry> found = this.mongo.find(new Query(Criteria.where("seq").gt(seq)).with(BY_SEQ).limit(limit),
				AuditEntry.class);
		List<AuditEntry> settled = new ArrayList<>(found.size());
		long expected = seq + 1;
		Instant gapExpired = Instant.now(this.clock).minus(GAP_TIMEOUT);
		for (AuditEntry entry : found) {
			if (entry.seq() != expected && entry.at().isAfter(gapExpired)) {
				break;
			}
			settled.add(entry);
			expected = entry.seq() + 1;
		}
		return settled;
	}

	/**
	 * The sequence number of the entry that created record {@code id} of
	 * {@code collection}, if the trail holds one.
	 */
	public OptionalLong created(String collection, String id) {
		AuditEntry entry = this.mongo.findOne(
				new Query(new Criteria().andOperator(Criteria.where("collection").is(collection),
						Criteria.where("targetId").is(id), Criteria.where("before").is(null)))
					.with(BY_SEQ)
					.limit(1),
				AuditEntry.class);
		return (entry != null) ? OptionalLong.of(entry.seq()) : OptionalLong.empty();
	}

	/**
	 * How many writes have taken a number so far, on every instance sharing the store,
	 * and how many loads have stored records without one
	 * ({@link AuditLog#storedOutsideTheTrail}). A write takes its number after its record
	 * is stored, so a read made after this was taken holds every write it counts: what is
	 * derived from that read stays right for as long as neither count moves. One read by
	 * id.
	 */
	public WritePosition position() {
		long numbered = 0;
		long outside = 0;
		Query counters = new Query(Criteria.where("_id").in(AuditLog.AUDIT_COUNTER, AuditLog.OUTSIDE_COUNTER));
		for (Document counter : this.mongo.find(counters, Document.class, AuditLog.COUNTERS)) {
			Number seq = counter.get("seq", Number.class);
			long value = (seq != null) ? seq.longValue() : 0;
			if (AuditLog.AUDIT_COUNTER.equals(counter.get("_id"))) {
				numbered = value;
			}
			else {
				outside = value;
			}
		}
		return new WritePosition(numbered, outside);
	}

	/** The counts {@link #position} reads. */
	public record WritePosition(long numbered, long loadsOutsideTheTrail) {
	}

	/** The highest sequence number stored, 0 when the trail is empty. */
	public long latest() {
		AuditEntry last = this.mongo.findOne(new Query().with(Sort.by(Sort.Order.desc("seq"))).limit(1),
				AuditEntry.class);
		return (last != null) ? last.seq() : 0;
	}

}
