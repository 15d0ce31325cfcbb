package london.scrutiny.tracker.ask;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AssessmentRepository extends MongoRepository<Assessment, String> {

	List<Assessment> findByAskIdIn(Collection<String> askIds);

}
