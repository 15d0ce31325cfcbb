package london.scrutiny.tracker.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A subject area that groups asks across reports. */
@Document("themes")
public record Theme(@Id String id, String name) {
}
