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
import london.scrutiny.tracker.evidence.EvidenceRepository;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.OrganisationRepository;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.programme.ProgrammeRepository;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.ResponseRepository;
import london.scrutiny.tracker.response.VisibleResponses;
import london.scrutiny.tracker.support.Batches;
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

	private final OrganisationRepository organisations;

	private final ResponseRepository responses;

	private final ProgrammeRepository programmes;

	private final EvidenceRepository evidence;

	private final AskRepository asks;

	private final VisibleResponses visible;

	RecommendationController(RecommendationService recommendations, StatusService status, Paging paging,
			Documents documents, OrganisationRepository organisations, ResponseRepository responses,
			ProgrammeRepository programmes, EvidenceRepository evidence, AskRepository asks, VisibleResponses visible) {
		this.recommendations = recommendations;
		this.status = status;
		this.paging = paging;
		this.documents = documents;
		this.organisations = organisations;
		this.responses = responses;
		this.programmes = programmes;
		this.evidence = evidence;
		this.asks = asks;
		this.visible = visible;
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
	Map<Ask, SourceDocument> report(List<Ask> asks) {
		return this.documents.byIds(asks, Ask::reportId);
	}

	@BatchMapping(typeName = "Recommendation")
	Map<Ask, List<Organisation>> addressees(List<Ask> asks) {
		return Batches.many(asks, Ask::addresseeIds, this.organisations::findAllById, Organisation::id);
	}

	/** The programmes named by the answers that could be read on the date in scope. */
	@BatchMapping(typeName = "Recommendation")
	Map<Ask, List<Programme>> programmes(List<Ask> asks, BatchLoaderEnvironment env) {
		Map<String, LocalDate> asOf = asOf(asks, env);
		Map<String, List<Response>> byAsk = this.visible
			.of(this.responses.findByAskIdIn(asOf.keySet()), (r) -> asOf.get(r.askId()))
			.stream()
			.collect(Collectors.groupingBy(Response::askId));
		return Batches.many(asks, (a) -> Response.programmesNamedBy(byAsk.getOrDefault(a.id(), List.of())),
				this.programmes::findByIdIn, Programme::id);
	}

	/** Evidence about the ask, unless its source is dated after the date in scope. */
	@BatchMapping(typeName = "Recommendation")
	Map<Ask, List<Evidence>> evidence(List<Ask> asks, BatchLoaderEnvironment env) {
		Map<String, LocalDate> asOf = asOf(asks, env);
		List<Evidence> supporting = this.evidence.findByAskIdsIn(asOf.keySet());
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
