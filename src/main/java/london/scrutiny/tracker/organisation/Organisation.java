package london.scrutiny.tracker.organisation;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation; {@code aliases} are the spellings the documents use, so addressees
 * resolve to one record.
 */
@Document("organisations")
public record Organisation(@Id String id, String name, String shortName, List<String> aliases, String kind,
		String parentId) {

	public Organisation {
		aliases = aliases == null ? List.of() : aliases;
	}

}
