package london.scrutiny.tracker.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceService;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.Asks;
import london.scrutiny.tracker.ask.AsOf;
import london.scrutiny.tracker.ask.AsOfView;
import london.scrutiny.tracker.ask.ResponsePolicy;
import london.scrutiny.tracker.ask.StatusService;
import org.dataloader.BatchLoaderEnvironment;
import london.scrutiny.tracker.support.Derivation;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code reports} and {@code report} queries and the fields of {@code Report}. */
@Controller
class ReportController {

	private final ReportService reports;

	private final Paging paging;

	private final ResponsePolicy policy;

	private final Asks asks;

	private final Documents documents;

	private final EvidenceService evidence;

	private final StatusService status;

	ReportController(ReportService reports, Paging paging, ResponsePolicy policy, Asks asks, Documents documents,
			EvidenceService evidence, StatusService status) {
		this.status = status;
		this.reports = reports;
		this.paging = paging;
		this.policy = policy;
		this.asks = asks;
		this.documents = documents;
		this.evidence = evidence;
	}

	@QueryMapping
	PageConnection<SourceDocument> reports(@Argument ReportFilter filter, @Argument OffsetDateTime updatedSince,
			@Argument Integer first, @Argument String after) {
		return this.reports.find(filter, updatedSince, this.paging.request(first, after));
	}

	@QueryMapping
	SourceDocument report(@Argument String id) {
		return this.reports.byId(id).orElse(null);
	}

	@SchemaMapping(typeName = "Report")
	LocalDate publishedOn(SourceDocument report) {
		return report.date();
	}

	@SchemaMapping(typeName = "Report")
	Derivation publishedOnDerivation(SourceDocument report) {
		return report.dateDerivation();
	}

	@SchemaMapping(typeName = "Report")
	LocalDate requestedOn(SourceDocument report) {
		return report.askedOn();
	}

	@SchemaMapping(typeName = "Report")
	Derivation requestDerivation(SourceDocument report) {
		return (report.requestDerivation() != null) ? report.requestDerivation() : report.derivation();
	}

	@SchemaMapping(typeName = "Report")
	ResponsePolicy.ResponseDue responseDue(SourceDocument report) {
		return this.policy.dueFor(report);
	}

	@SchemaMapping(typeName = "Report")
	LocalDate responseDueOn(SourceDocument report) {
		ResponsePolicy.ResponseDue due = this.policy.dueFor(report);
		return (due != null) ? due.date() : null;
	}

	@BatchMapping(typeName = "Report")
	Map<SourceDocument, List<Ask>> recommendations(List<SourceDocument> reports) {
		Map<String, List<Ask>> byReport = this.asks.putBy(reports.stream().map(SourceDocument::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Ask::reportId));
		return reports.stream()
			.collect(Collectors.toMap((r) -> r, (r) -> byReport.getOrDefault(r.id(), List.of()), (a, b) -> a));
	}

	/** The letters that answer the report, sent by the date in scope, oldest first. */
	@BatchMapping(typeName = "Report")
	Map<SourceDocument, List<SourceDocument>> letters(List<SourceDocument> reports, BatchLoaderEnvironment env) {
		List<String> ids = reports.stream().map(SourceDocument::id).toList();
		List<SourceDocument> answering = this.documents.lettersAnswering(ids)
			.stream()
			.sorted(Comparator.comparing(SourceDocument::date, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		LocalDate today = this.status.today();
		return reports.stream()
			.collect(Collectors.toMap((r) -> r,
					(r) -> answering.stream()
						.filter((l) -> l.inReplyTo().documentIds().contains(r.id())
								&& AsOfView.sentBy(l, AsOf.of(env, r, today)))
						.toList(),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Report")
	Map<SourceDocument, List<Evidence>> evidence(List<SourceDocument> reports) {
		Map<String, List<Evidence>> byDocument = this.evidence
			.statedIn(reports.stream().map(SourceDocument::id).toList());
		return reports.stream()
			.collect(Collectors.toMap((r) -> r, (r) -> byDocument.getOrDefault(r.id(), List.of()), (a, b) -> a));
	}

}
