package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.util.List;

import graphql.execution.DataFetcherResult;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AsOf;
import london.scrutiny.tracker.ask.StatusService;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.PageRequest;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.RequestNodes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code summaryOfActions} query; every ask beneath it is seen as of the list's date.
 */
@Controller
class SummaryOfActionsController {

	private final SummaryOfActionsService summaries;

	private final StatusService status;

	private final Paging paging;

	SummaryOfActionsController(SummaryOfActionsService summaries, StatusService status, Paging paging) {
		this.summaries = summaries;
		this.status = status;
		this.paging = paging;
	}

	@QueryMapping
	DataFetcherResult<SummaryOfActions> summaryOfActions(@Argument String committeeId, @Argument LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : this.status.today();
		return AsOf.scope(this.summaries.forCommittee(committeeId, date).orElse(null), date);
	}

	/**
	 * Every item (with any of the statuses), built only when selected; a list longer than
	 * the request may return is refused before its items are built.
	 */
	@SchemaMapping(typeName = "SummaryOfActions")
	List<ActionItem> items(SummaryOfActions summary, @Argument List<ActionStatus> status) {
		List<ActionLine> lines = summary.withStatus(status);
		RequestNodes.reserve(lines.size());
		return this.summaries.items(lines, summary.asOf());
	}

	/**
	 * A page of the items (with any of the statuses): the page is chosen from the lines,
	 * and only its items are built.
	 */
	@SchemaMapping(typeName = "SummaryOfActions")
	PageConnection<ActionItem> actions(SummaryOfActions summary, @Argument List<ActionStatus> status,
			@Argument Integer first, @Argument String after) {
		PageRequest page = this.paging.request(first, after);
		return this.paging.sortedSlice(summary.withStatus(status), ActionLine::position, page)
			.map((lines) -> this.summaries.items(lines, summary.asOf()));
	}

	@SchemaMapping(typeName = "SummaryOfActions")
	int completed(SummaryOfActions summary) {
		return (int) summary.count(ActionStatus.COMPLETED);
	}

	@SchemaMapping(typeName = "SummaryOfActions")
	int inProgress(SummaryOfActions summary) {
		return (int) summary.count(ActionStatus.IN_PROGRESS);
	}

	@SchemaMapping(typeName = "SummaryOfActions")
	int overdue(SummaryOfActions summary) {
		return (int) summary.count(ActionStatus.OVERDUE);
	}

	@SchemaMapping(typeName = "SummaryOfActions")
	String document(SummaryOfActions summary) {
		return "/summary-of-actions?committee=" + summary.committee().id() + "&asOf=" + summary.asOf() + "&format=";
	}

	@SchemaMapping(typeName = "ActionItem")
	Ask recommendation(ActionItem item) {
		return item.ask();
	}

	@SchemaMapping(typeName = "ActionItem")
	SourceDocument from(ActionItem item) {
		return item.source();
	}

	@SchemaMapping(typeName = "ActionItem")
	String status(ActionItem item) {
		return item.actionStatus().name();
	}

	@SchemaMapping(typeName = "ActionItem")
	List<Organisation> forActionBy(ActionItem item) {
		return item.forActionBy();
	}

	@SchemaMapping(typeName = "ActionItem")
	LocalDate responseDueOn(ActionItem item) {
		return item.status().responseDueOn();
	}

	@SchemaMapping(typeName = "ActionItem")
	Integer daysLate(ActionItem item) {
		return item.status().daysLate();
	}

	@SchemaMapping(typeName = "ActionItem")
	List<SourceDocument> correspondenceReceived(ActionItem item) {
		return item.responses();
	}

}
