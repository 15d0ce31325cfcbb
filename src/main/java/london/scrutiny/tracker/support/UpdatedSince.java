package london.scrutiny.tracker.support;

import java.time.OffsetDateTime;
import java.util.Date;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@code updatedSince} condition of every connection and export: records whose
 * {@code updatedAt} (set by the write path) is at or after the instant. At, not after, so
 * a client that passes the {@code updatedAt} of the newest record it holds never misses a
 * record written in the same millisecond; it sees that one record again.
 */
public final class UpdatedSince {

	private UpdatedSince() {
	}

	/** The query of a list, narrowed to records updated since the instant (if given). */
	public static Query query(Criteria filter, OffsetDateTime since) {
		return new Query((since != null) ? new Criteria().andOperator(filter, criteria(since)) : filter);
	}

	/** Records updated at or after the instant. */
	public static Criteria criteria(OffsetDateTime since) {
		return Criteria.where("updatedAt").gte(Date.from(since.toInstant()));
	}

}
