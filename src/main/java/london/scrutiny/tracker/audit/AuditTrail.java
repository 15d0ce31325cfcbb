package london.scrutiny.tracker.audit;

import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads the audit trail, newest first (ADMIN). */
@Service
public class AuditTrail {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("seq"));

	private final MongoTemplate mongo;

	private final Paging paging;

	public AuditTrail(MongoTemplate mongo, Paging paging) {
		this.mongo = mongo;
		this.paging = paging;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public PageConnection<AuditEntry> find(AuditFilter filter, PageRequest page) {
		List<Criteria> all = new ArrayList<>();
		if (filter != null) {
			if (filter.targetId() != null) {
				all.add(Criteria.where("targetId").is(filter.targetId()));
			}
			if (filter.tokenId() != null) {
				all.add(Criteria.where("actorTokenId").is(filter.tokenId()));
			}
			if (filter.operation() != null) {
				all.add(Criteria.where("operation").is(filter.operation()));
			}
		}
		Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		return this.paging.keyset(this.mongo, new Query(criteria), AuditEntry.class, NEWEST_FIRST, page);
	}

	/** The conditions of {@code auditTrail(filter:)}. */
	public record AuditFilter(String targetId, String tokenId, String operation) {
	}

}
