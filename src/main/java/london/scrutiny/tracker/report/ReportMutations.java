package london.scrutiny.tracker.report;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The {@code recordReport} mutation. */
@Controller
class ReportMutations {

	private final ReportWriter writer;

	ReportMutations(ReportWriter writer) {
		this.writer = writer;
	}

	@MutationMapping
	ReportWriter.Result recordReport(@Argument ReportWriter.RecordReportInput input) {
		return this.writer.record(input);
	}

}
