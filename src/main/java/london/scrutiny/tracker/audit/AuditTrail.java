package london.scrutiny.tracker.audit;

import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Reads the audit trail, newest first (ADMIN). */
@Controller
public class AuditTrail {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

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

	@SchemaMapping(typeName = "AuditEntry")
	String actor(AuditEntry entry) {
		return entry.actorName();
	}

	@SchemaMapping(typeName = "AuditEntry")
	String tokenId(AuditEntry entry) {
		return entry.actorTokenId();
	}

	@SchemaMapping(typeName = "AuditEntry")
	String role(AuditEntry entry) {
		return entry.actorRole();
	}

	@SchemaMapping(typeName = "AuditEntry")
	String before(AuditEntry entry) {
		return json(entry.before());
	}

	@SchemaMapping(typeName = "AuditEntry")
	String after(AuditEntry entry) {
		return json(entry.after());
	}

	private static String json(Document document) {
		return (document != null) ? document.toJson(RELAXED) : null;
	}

	/** The conditions of {@code auditTrail(filter:)}. */
	public record AuditFilter(String targetId, String tokenId, String operation) {
	}

}
