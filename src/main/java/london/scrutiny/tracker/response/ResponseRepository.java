package london.scrutiny.tracker.response;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ResponseRepository extends MongoRepository<Response, String> {

	List<Response> findByAskIdIn(Collection<String> askIds);

	List<Response> findByLetterIdIn(Collection<String> letterIds);

	List<Response> findByProgrammeIdsIn(Collection<String> programmeIds);

}
