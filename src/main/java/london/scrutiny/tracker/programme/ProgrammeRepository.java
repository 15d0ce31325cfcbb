package london.scrutiny.tracker.programme;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeRepository extends MongoRepository<Programme, String> {

	List<Programme> findByIdIn(Collection<String> ids);

}
