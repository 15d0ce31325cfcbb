package london.scrutiny.tracker.evidence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface EvidenceRepository extends MongoRepository<Evidence, String> {

	List<Evidence> findByIdIn(Collection<String> ids);

	List<Evidence> findByProgrammeIdsIn(Collection<String> programmeIds);

	List<Evidence> findByAskIdsIn(Collection<String> askIds);

	List<Evidence> findBySourceDocumentIdIn(Collection<String> documentIds);

}
