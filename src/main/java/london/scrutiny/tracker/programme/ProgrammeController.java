package london.scrutiny.tracker.programme;

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
import london.scrutiny.tracker.evidence.EvidenceRepository;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.Organisations;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AskIds;
import london.scrutiny.tracker.ask.AskRepository;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.ResponseRepository;
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

	private final EvidenceRepository evidence;

	private final ResponseRepository responses;

	private final AskRepository asks;

	private final Documents documents;

	private final VisibleResponses visible;

	ProgrammeController(ProgrammeService programmes, ProgrammeRepository repository, Paging paging,
			Organisations organisations, EvidenceRepository evidence, ResponseRepository responses, AskRepository asks,
			Documents documents, VisibleResponses visible) {
		this.programmes = programmes;
		this.repository = repository;
		this.paging = paging;
		this.organisations = organisations;
		this.evidence = evidence;
		this.responses = responses;
		this.asks = asks;
		this.documents = documents;
		this.visible = visible;
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
	Map<Programme, List<Evidence>> evidence(List<Programme> programmes) {
		List<Evidence> about = this.evidence.findByProgrammeIdsIn(programmes.stream().map(Programme::id).toList());
		return programmes.stream()
			.collect(Collectors.toMap((p) -> p,
					(p) -> about.stream().filter((e) -> e.programmeIds().contains(p.id())).toList(), (a, b) -> a));
	}

	@BatchMapping(typeName = "Programme")
	Map<Programme, List<Ask>> recommendations(List<Programme> programmes) {
		List<Response> naming = naming(programmes);
		Map<String, Ask> found = this.asks.findByIdIn(naming.stream().map(Response::askId).toList())
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
	Map<Programme, List<SourceDocument>> letters(List<Programme> programmes) {
		List<Response> naming = naming(programmes);
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

	private List<Response> naming(List<Programme> programmes) {
		Set<String> ids = programmes.stream().map(Programme::id).collect(Collectors.toSet());
		return this.visible.of(this.responses.findByProgrammeIdsIn(ids));
	}

}
