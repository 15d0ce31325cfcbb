package london.scrutiny.tracker.evidence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.Text;
import london.scrutiny.tracker.support.UpdatedSince;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Finds evidence, grouped by document. */
@Service
public class EvidenceService {

	public static final Sort BY_DOCUMENT = Sort.by(Sort.Order.asc("source.documentId"), Sort.Order.asc("id"));

	private final MongoTemplate mongo;

	private final Paging paging;

	public EvidenceService(MongoTemplate mongo, Paging paging) {
		this.mongo = mongo;
		this.paging = paging;
	}

	public PageConnection<Evidence> find(EvidenceFilter filter, OffsetDateTime updatedSince, PageRequest page) {
		return this.paging.keyset(this.mongo, query(filter, updatedSince), Evidence.class, BY_DOCUMENT, page);
	}

	/** The evidence about any of the asks: the lookup other features use. */
	public List<Evidence> about(Collection<String> askIds) {
		return askIds.isEmpty() ? List.of()
				: this.mongo.find(new Query(Criteria.where("askIds").in(askIds)), Evidence.class);
	}

	/** The evidence records with the given ids (those that exist). */
	public List<Evidence> byIds(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : this.mongo.find(new Query(Criteria.where("_id").in(ids)), Evidence.class);
	}

	/** The evidence about any of the programmes. */
	public List<Evidence> aboutProgrammes(Collection<String> programmeIds) {
		return programmeIds.isEmpty() ? List.of()
				: this.mongo.find(new Query(Criteria.where("programmeIds").in(programmeIds)), Evidence.class);
	}

	/** The evidence each document states, by document id. */
	public Map<String, List<Evidence>> statedIn(Collection<String> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(new Query(Criteria.where("source.documentId").in(documentIds)), Evidence.class)
			.stream()
			.collect(Collectors.groupingBy((e) -> e.source().documentId()));
	}

	/** The evidence that {@code evidence(filter:, updatedSince:)} lists (unsorted). */
	public Query query(EvidenceFilter filter, OffsetDateTime updatedSince) {
		return UpdatedSince.query(criteria(filter), updatedSince);
	}

	private static Criteria criteria(EvidenceFilter filter) {
		List<Criteria> all = new ArrayList<>();
		if (filter == null) {
			return new Criteria();
		}
		if (filter.ids() != null) {
			all.add(Criteria.where("_id").in(filter.ids()));
		}
		if (filter.documentId() != null) {
			all.add(Criteria.where("source.documentId").is(filter.documentId()));
		}
		if (filter.programmeId() != null) {
			all.add(Criteria.where("programmeIds").is(filter.programmeId()));
		}
		if (filter.recommendationId() != null) {
			all.add(Criteria.where("askIds").is(filter.recommendationId()));
		}
		if (filter.unit() != null) {
			all.add(Criteria.where("figures.unit").is(filter.unit()));
		}
		if (filter.hasContrast() != null) {
			all.add(filter.hasContrast() ? Criteria.where("contrastIds.0").exists(true)
					: Criteria.where("contrastIds.0").exists(false));
		}
		if (filter.text() != null) {
			all.add(Text.anyFieldContains(Text.literal("filter.text", filter.text()), "statement", "source.quote"));
		}
		return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
	}

}
