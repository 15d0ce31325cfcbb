package london.scrutiny.tracker.programme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

/** Finds programmes by name order. */
@Service
public class ProgrammeService {

	public static final Sort BY_NAME = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));

	private final MongoTemplate mongo;

	private final Paging paging;

	public ProgrammeService(MongoTemplate mongo, Paging paging) {
		this.mongo = mongo;
		this.paging = paging;
	}

	public PageConnection<Programme> find(ProgrammeFilter filter, OffsetDateTime updatedSince, PageRequest page) {
		return this.paging.keyset(this.mongo, query(filter, updatedSince), Programme.class, BY_NAME, page);
	}

	/**
	 * The programmes that {@code programmes(filter:, updatedSince:)} lists (unsorted).
	 */
	public Query query(ProgrammeFilter filter, OffsetDateTime updatedSince) {
		return UpdatedSince.query(criteria(filter), updatedSince);
	}

	private static Criteria criteria(ProgrammeFilter filter) {
		List<Criteria> all = new ArrayList<>();
		if (filter == null) {
			return new Criteria();
		}
		if (filter.kind() != null && !filter.kind().isEmpty()) {
			all.add(Criteria.where("kind").in(filter.kind()));
		}
		if (filter.ownerId() != null) {
			all.add(Criteria.where("ownerId").is(filter.ownerId()));
		}
		if (filter.funderId() != null) {
			all.add(Criteria.where("funding.funderId").is(filter.funderId()));
		}
		if (filter.place() != null) {
			all.add(Criteria.where("places").regex(Text.literal("filter.place", filter.place())));
		}
		if (filter.text() != null) {
			Pattern text = Text.literal("filter.text", filter.text());
			all.add(Text.anyFieldContains(text, "name", "aliases", "description"));
		}
		return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
	}

}
