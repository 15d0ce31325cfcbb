package london.scrutiny.tracker.ask;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DeadlineRevisionRepository extends MongoRepository<DeadlineRevision, String> {

	List<DeadlineRevision> findByAskIdIn(Collection<String> askIds);

}
