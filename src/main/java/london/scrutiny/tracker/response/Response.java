package london.scrutiny.tracker.response;

import java.util.List;
import java.util.Objects;

import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * One letter's answer to one ask: the verbatim passage, its promises, and what it cites.
 */
@Document("responses")
public record Response(@Id String id, String askId, String letterId, String text, Source source,
		List<Commitment> commitments, List<String> programmeIds, List<String> evidenceIds) {

	public Response {
		commitments = commitments == null ? List.of() : commitments;
		programmeIds = programmeIds == null ? List.of() : programmeIds;
		evidenceIds = evidenceIds == null ? List.of() : evidenceIds;
	}

	/** The programmes a set of answers names, each once, in the order they are named. */
	public static List<String> programmesNamedBy(List<Response> responses) {
		return responses.stream().flatMap((r) -> r.programmeIds().stream()).distinct().toList();
	}

	/** A promise made in an answer, with its date where the letter gives one. */
	public record Commitment(String text, @Field(write = Field.Write.ALWAYS) PartialDate due, Source source) {
	}

	/**
	 * By id alone (consistent with the record's equals, which compares every component):
	 * the API batches by record, and hashing the whole text and facts on every lookup
	 * cost more than the lookup.
	 */
	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

}
