package london.scrutiny.tracker.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A token as stored: never its secret, only the secret's SHA-256 hash. */
@Document("tokens")
public record ApiToken(@Id String id, String name, Role role, String hash, Instant createdAt, String createdBy,
		Instant revokedAt, String revokedBy) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
