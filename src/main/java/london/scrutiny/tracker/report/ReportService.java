package london.scrutiny.tracker.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.support.Dates;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.UpdatedSince;
import london.scrutiny.tracker.support.Text;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Finds reports and meetings: every document that is not a letter. */
@Service
public class ReportService {

	/**
	 * By kind, then id: a total order on fields every report has, as keyset paging needs.
	 */
	private static final Sort ORDER = Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("id"));

	private final MongoTemplate mongo;

	private final Paging paging;

	public ReportService(MongoTemplate mongo, Paging paging) {
		this.mongo = mongo;
		this.paging = paging;
	}

	public PageConnection<SourceDocument> find(ReportFilter filter, OffsetDateTime updatedSince, PageRequest page) {
		return this.paging.keyset(this.mongo, UpdatedSince.query(criteria(filter), updatedSince), SourceDocument.class,
				ORDER, page);
	}

	public Optional<SourceDocument> byId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, SourceDocument.class)).filter((d) -> !d.isLetter());
	}

	private static Criteria criteria(ReportFilter filter) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("kind").ne(DocumentKind.LETTER));
		if (filter != null) {
			if (filter.kind() != null && !filter.kind().isEmpty()) {
				if (filter.kind().contains(DocumentKind.LETTER)) {
					throw new london.scrutiny.tracker.support.InvalidInputException("filter.kind",
							"Letters are not reports; query them with 'letters'.");
				}
				all.add(Criteria.where("kind").in(filter.kind()));
			}
			if (filter.text() != null) {
				all.add(Text.anyFieldContains(Text.literal("filter.text", filter.text()), "title", "text"));
			}
			Dates.checkRange("filter.publishedFrom", filter.publishedFrom(), filter.publishedTo());
			if (filter.publishedFrom() != null) {
				all.add(Criteria.where("date").gte(filter.publishedFrom().toString()));
			}
			if (filter.publishedTo() != null) {
				all.add(Criteria.where("date").lte(filter.publishedTo().toString()));
			}
			if (filter.authorId() != null) {
				all.add(new Criteria().orOperator(Criteria.where("author.organisationId").is(filter.authorId()),
						Criteria.where("author.personId").is(filter.authorId())));
			}
		}
		return new Criteria().andOperator(all);
	}

}
