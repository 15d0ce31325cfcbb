package london.scrutiny.tracker.letter;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.store.References;
import london.scrutiny.tracker.support.Dates;
import london.scrutiny.tracker.support.InvalidInputException;
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

/** Finds letters, newest first, and looks one up by a reference typed any way. */
@Service
public class LetterService {

	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"));

	private final MongoTemplate mongo;

	private final Documents documents;

	private final Paging paging;

	public LetterService(MongoTemplate mongo, Documents documents, Paging paging) {
		this.mongo = mongo;
		this.documents = documents;
		this.paging = paging;
	}

	public PageConnection<SourceDocument> find(LetterFilter filter, OffsetDateTime updatedSince, PageRequest page) {
		return this.paging.keyset(this.mongo, query(filter, updatedSince), SourceDocument.class, NEWEST_FIRST, page);
	}

	/** The letters that {@code letters(filter:, updatedSince:)} lists (unsorted). */
	public Query query(LetterFilter filter, OffsetDateTime updatedSince) {
		return UpdatedSince.query(criteria(filter), updatedSince);
	}

	public Optional<SourceDocument> byReference(String reference) {
		String key = References.key(reference);
		if (key.isEmpty() || key.length() > 64) {
			throw new InvalidInputException("reference",
					"'reference' must be a letter reference such as MGLA230322-7616; got '" + reference + "'.");
		}
		return this.documents.byReference(key, DocumentKind.LETTER);
	}

	private static Criteria criteria(LetterFilter filter) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("kind").is(DocumentKind.LETTER));
		if (filter != null) {
			Dates.checkRange("filter.sentFrom", filter.sentFrom(), filter.sentTo());
			if (filter.sentFrom() != null) {
				all.add(Criteria.where("date").gte(filter.sentFrom().toString()));
			}
			if (filter.sentTo() != null) {
				all.add(Criteria.where("date").lte(filter.sentTo().toString()));
			}
			if (filter.fromId() != null) {
				all.add(new Criteria().orOperator(Criteria.where("author.personId").is(filter.fromId()),
						Criteria.where("author.organisationId").is(filter.fromId())));
			}
			if (filter.repliesTo() != null) {
				all.add(Criteria.where("inReplyTo.documentIds").is(filter.repliesTo()));
			}
			if (filter.acknowledgesDelay() != null) {
				all.add(filter.acknowledgesDelay() ? Criteria.where("acknowledgesDelay").is(true)
						: Criteria.where("acknowledgesDelay").ne(true));
			}
			if (filter.text() != null) {
				all.add(Text.anyFieldContains(Text.literal("filter.text", filter.text()), "reference", "title",
						"text"));
			}
		}
		return new Criteria().andOperator(all);
	}

}
