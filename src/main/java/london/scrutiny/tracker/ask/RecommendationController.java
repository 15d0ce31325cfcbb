package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import org.dataloader.BatchLoaderEnvironment;
import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceService;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.Organisations;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.programme.Programmes;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code recommendations} and {@code recommendation} queries and the fields of
 * {@code Recommendation}.
 */
@Controller
class RecommendationController {

	private final RecommendationService recommendations;

	private final StatusService status;

	private final Paging paging;

	private final Documents documents;

	private final Organisations organisations;

	private final Programmes programmes;

	private final EvidenceService evidence;

	private final AskRepository asks;

	RecommendationController(RecommendationService recommendations, StatusService status, Paging paging,
			Documents documents, Organisations organisations, Programmes programmes, EvidenceService evidence,
			AskRepository asks) {
		this.recommendations = recommendations;
		this.status = status;
		this.paging = paging;
		this.documents = documents;
		this.organisations = organisations;
		this.programmes = programmes;
		this.evidence = evidence;
		this.asks = asks;
	}

	@QueryMapping
	DataFetcherResult<PageConnection<Ask>> recommendations(@Argument RecommendationFilter filter,
			@Argument LocalDate asOf, @Argument OffsetDateTime updatedSince, @Argument Integer first,
			@Argument String after) {
		LocalDate date = (asOf != null) ? asOf : this.status.today();
		return AsOf.scope(this.recommendations.find(filter, date, updatedSince, this.paging.request(first, after)),
				date);
	}

	@QueryMapping
	DataFetcherResult<Ask> recommendation(@Argument String id, @Argument LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : this.status.today();
		return AsOf.scope(this.asks.findById(id).orElse(null), date);
	}

	@BatchMapping(typeName = "Recommendation")
	Map<Ask, SourceDocument> report(List<Ask> asks, BatchLoaderEnvironment env) {
		return this.documents.byIds(asks, Ask::reportId, env.getContext());
	}

	@BatchMapping(typeName = "Recommendation")
	Map<Ask, List<Organisation>> addressees(List<Ask> asks) {
		return this.organisations.allByIds(asks, Ask::addresseeIds);
	}

	/**
	 * The programmes named by the answers that could be read on the date in scope (the
	 * answers {@code responses} lists, from the records the status fields share).
	 */
	@BatchMapping(typeName = "Recommendation")
	Map<Ask, List<Programme>> programmes(List<Ask> asks, BatchLoaderEnvironment env) {
		Map<String, LocalDate> asOf = asOf(asks, env);
		Map<String, AskRecord> records = this.status.records(asks, env.getContext());
		return this.programmes.named(asks,
				(a) -> Response.programmesNamedBy(answersSeen(records.get(a.id()), asOf.get(a.id()))),
				env.getContext());
	}

	private static List<Response> answersSeen(AskRecord record, LocalDate asOf) {
		return (record != null) ? AsOfView.answersSeen(record, asOf).stream().map(AskRecord.Answer::response).toList()
				: List.of();
	}

	/** Evidence about the ask, unless its source is dated after the date in scope. */
	@BatchMapping(typeName = "Recommendation")
	Map<Ask, List<Evidence>> evidence(List<Ask> asks, BatchLoaderEnvironment env) {
		Map<String, LocalDate> asOf = asOf(asks, env);
		List<Evidence> supporting = this.evidence.about(asOf.keySet());
		Map<String, LocalDate> stated = this.documents
			.dates(supporting.stream().map((e) -> e.source().documentId()).distinct().toList());
		return asks.stream()
			.collect(Collectors.toMap((a) -> a,
					(a) -> supporting.stream()
						.filter((e) -> e.askIds().contains(a.id())
								&& AsOfView.notAfter(stated.get(e.source().documentId()), asOf.get(a.id())))
						.toList(),
					(x, y) -> x));
	}

	private Map<String, LocalDate> asOf(List<Ask> asks, BatchLoaderEnvironment env) {
		LocalDate today = this.status.today();
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		asks.forEach((a) -> dates.putIfAbsent(a.id(), AsOf.of(env, a, today)));
		return dates;
	}

}
