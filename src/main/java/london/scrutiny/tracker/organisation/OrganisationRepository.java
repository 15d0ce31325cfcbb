package london.scrutiny.tracker.organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrganisationRepository extends MongoRepository<Organisation, String> {

}
