package london.scrutiny.tracker.security;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface TokenRepository extends MongoRepository<ApiToken, String> {

	Optional<ApiToken> findByHash(String hash);

	boolean existsByRoleAndRevokedAtIsNull(Role role);

	long countByRoleAndRevokedAtIsNull(Role role);

}
