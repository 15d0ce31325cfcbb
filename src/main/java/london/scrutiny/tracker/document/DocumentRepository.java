package london.scrutiny.tracker.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DocumentRepository extends MongoRepository<SourceDocument, String> {

	Optional<SourceDocument> findByReferenceKeyAndKind(String referenceKey, DocumentKind kind);

	List<SourceDocument> findByIdIn(Collection<String> ids);

	List<SourceDocument> findByKindAndInReplyToDocumentIdsIn(DocumentKind kind, Collection<String> reportIds);

}
