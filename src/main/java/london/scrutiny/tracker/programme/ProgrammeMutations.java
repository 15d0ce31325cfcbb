package london.scrutiny.tracker.programme;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The programme mutations. */
@Controller
class ProgrammeMutations {

	private final ProgrammeWriter writer;

	ProgrammeMutations(ProgrammeWriter writer) {
		this.writer = writer;
	}

	@MutationMapping
	ProgrammeWriter.Result recordProgramme(@Argument ProgrammeWriter.RecordProgrammeInput input) {
		return this.writer.record(input);
	}

	@MutationMapping
	ProgrammeWriter.Result updateProgramme(@Argument ProgrammeWriter.UpdateProgrammeInput input) {
		return this.writer.update(input);
	}

	@MutationMapping
	ProgrammeWriter.Result addFundingLine(@Argument ProgrammeWriter.AddFundingLineInput input) {
		return this.writer.addFunding(input);
	}

}
