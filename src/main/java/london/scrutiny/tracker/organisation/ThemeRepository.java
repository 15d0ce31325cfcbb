package london.scrutiny.tracker.organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ThemeRepository extends MongoRepository<Theme, String> {

}
