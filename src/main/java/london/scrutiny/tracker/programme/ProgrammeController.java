package london.scrutiny.tracker.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceService;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.Organisations;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AsOf;
import london.scrutiny.tracker.ask.AsOfView;
import london.scrutiny.tracker.ask.AskIds;
import org.dataloader.BatchLoaderEnvironment;
import london.scrutiny.tracker.ask.Asks;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.Responses;
import london.scrutiny.tracker.response.VisibleResponses;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code programmes} and {@code programme} queries and the fields of
 * {@code Programme}: its links to asks and letters are the answers that name it, read the
 * other way.
 */
@Controller
class ProgrammeController {

	private final ProgrammeService programmes;

	private final ProgrammeRepository repository;

	private final Paging paging;

	private final Organisations organisations;

	private final EvidenceService evidence;

	private final Responses responses;

	private final Asks asks;

	private final Documents documents;

	private final VisibleResponses visible;

	private final Clock clock;

	ProgrammeController(ProgrammeService programmes, ProgrammeRepository repository, Paging paging,
			Organisations organisations, EvidenceService evidence, Responses responses, Asks asks, Documents documents,
			VisibleResponses visible, Clock clock) {
		this.programmes = programmes;
		this.repository = repository;
		this.paging = paging;
		this.organisations = organisations;
		this.evidence = evidence;
		this.responses = responses;
		this.asks = asks;
		this.documents = documents;
		this.visible = visible;
		this.clock = clock;
	}

	@QueryMapping
	PageConnection<Programme> programmes(@Argument ProgrammeFilter filter, @Argument OffsetDateTime updatedSince,
			@Argument Integer first, @Argument String after) {
		return this.programmes.find(filter, updatedSince, this.paging.request(first, after));
	}

	@QueryMapping
	Programme programme(@Argument String id) {
		return this.repository.findById(id).orElse(null);
	}

	@BatchMapping(typeName = "Programme")
	Map<Programme, Organisation> owner(List<Programme> programmes) {
		return this.organisations.byIds(programmes, Programme::ownerId);
	}

	@BatchMapping(typeName = "FundingLine")
	Map<Programme.FundingLine, Organisation> funder(List<Programme.FundingLine> lines) {
		return this.organisations.byIds(lines, Programme.FundingLine::funderId);
	}

	@BatchMapping(typeName = "Programme")
	Map<Programme, List<Evidence>> evidence(List<Programme> programmes, BatchLoaderEnvironment env) {
		List<Evidence> about = this.evidence.aboutProgrammes(programmes.stream().map(Programme::id).toList());
		Map<String, LocalDate> stated = this.documents
			.dates(about.stream().map((e) -> e.source().documentId()).distinct().toList());
		LocalDate today = LocalDate.now(this.clock);
		// Evidence is seen once its source is dated on or before the date in scope.
		return programmes.stream()
			.collect(Collectors.toMap((p) -> p,
					(p) -> about.stream()
						.filter((e) -> e.programmeIds().contains(p.id())
								&& AsOfView.notAfter(stated.get(e.source().documentId()), AsOf.of(env, p, today)))
						.toList(),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Programme")
	Map<Programme, List<Ask>> recommendations(List<Programme> programmes, BatchLoaderEnvironment env) {
		List<Response> naming = naming(programmes, env);
		Map<String, Ask> found = this.asks.byIds(naming.stream().map(Response::askId).toList())
			.stream()
			.collect(Collectors.toMap(Ask::id, Function.identity()));
		return programmes.stream()
			.collect(Collectors.toMap((p) -> p,
					(p) -> naming.stream()
						.filter((r) -> r.programmeIds().contains(p.id()))
						.map(Response::askId)
						.distinct()
						.sorted(AskIds.NATURAL)
						.map(found::get)
						.filter((a) -> a != null)
						.toList(),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Programme")
	Map<Programme, List<SourceDocument>> letters(List<Programme> programmes, BatchLoaderEnvironment env) {
		List<Response> naming = naming(programmes, env);
		Map<String, SourceDocument> found = this.documents.byIds(naming.stream().map(Response::letterId).toList(),
				Function.identity());
		return programmes.stream()
			.collect(Collectors.toMap((p) -> p, (p) -> naming.stream()
				.filter((r) -> r.programmeIds().contains(p.id()))
				.map(Response::letterId)
				.distinct()
				.map(found::get)
				.filter((d) -> d != null)
				.sorted(Comparator.comparing(SourceDocument::date, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList(), (a, b) -> a));
	}

	/**
	 * The answers that name the programmes, whose letters were sent by the date the
	 * programmes are seen as of (the earliest in the batch: never more than was known).
	 */
	private List<Response> naming(List<Programme> programmes, BatchLoaderEnvironment env) {
		Set<String> ids = programmes.stream().map(Programme::id).collect(Collectors.toSet());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = programmes.stream()
			.map((p) -> AsOf.of(env, p, today))
			.min(Comparator.naturalOrder())
			.orElse(today);
		return this.visible.of(this.responses.naming(ids), (r) -> asOf);
	}

}
