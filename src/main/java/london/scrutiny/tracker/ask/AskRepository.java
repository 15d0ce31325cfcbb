package london.scrutiny.tracker.ask;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AskRepository extends MongoRepository<Ask, String> {

	List<Ask> findByReportIdInOrderByReportIdAscNumberAsc(Collection<String> reportIds);

	List<Ask> findByIdIn(Collection<String> ids);

}
