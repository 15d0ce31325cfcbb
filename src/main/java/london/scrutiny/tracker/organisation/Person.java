package london.scrutiny.tracker.organisation;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person named by the documents, with the roles they are shown holding. */
@Document("people")
public record Person(@Id String id, String name, String postNominals, List<Role> roles) {

	public Person {
		roles = roles == null ? List.of() : roles;
	}

	/**
	 * A role as a document shows it; {@code asOf} is a date on which the person held it.
	 */
	public record Role(String title, String organisationId, LocalDate from, LocalDate to, LocalDate asOf,
			Source source) {
	}

}
