package london.scrutiny.tracker.evidence;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The evidence mutations. */
@Controller
class EvidenceMutations {

	private final EvidenceWriter writer;

	EvidenceMutations(EvidenceWriter writer) {
		this.writer = writer;
	}

	@MutationMapping
	EvidenceWriter.Result recordEvidence(@Argument EvidenceWriter.RecordEvidenceInput input) {
		return this.writer.record(input);
	}

	@MutationMapping
	EvidenceWriter.Result linkEvidence(@Argument EvidenceWriter.LinkEvidenceInput input) {
		return this.writer.link(input);
	}

}
