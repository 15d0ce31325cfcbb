package london.scrutiny.tracker.ask;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code statusSummary} query. Counts the same statuses the {@code recommendations}
 * list gives on the date.
 */
@Controller
class StatusSummaryController {

	private final StatusSummaries summaries;

	private final StatusService status;

	StatusSummaryController(StatusSummaries summaries, StatusService status) {
		this.summaries = summaries;
		this.status = status;
	}

	@QueryMapping
	StatusSummary statusSummary(@Argument RecommendationFilter filter, @Argument LocalDate asOf) {
		return this.summaries.summary(filter, (asOf != null) ? asOf : this.status.today());
	}

}
