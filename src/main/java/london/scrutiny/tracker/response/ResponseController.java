package london.scrutiny.tracker.response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceService;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.programme.Programmes;
import london.scrutiny.tracker.ask.AsOf;
import london.scrutiny.tracker.ask.AsOfView;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.Asks;
import london.scrutiny.tracker.ask.Assessment;
import london.scrutiny.tracker.ask.Position;
import london.scrutiny.tracker.ask.StatusService;
import london.scrutiny.tracker.support.Batches;
import org.dataloader.BatchLoaderEnvironment;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code Response}, each loaded in one batch for all the responses of a
 * request level.
 */
@Controller
class ResponseController {

	private final Asks asks;

	private final Documents documents;

	private final Programmes programmes;

	private final EvidenceService evidence;

	private final StatusService status;

	ResponseController(Asks asks, Documents documents, Programmes programmes, EvidenceService evidence,
			StatusService status) {
		this.status = status;
		this.asks = asks;
		this.documents = documents;
		this.programmes = programmes;
		this.evidence = evidence;
	}

	@BatchMapping(typeName = "Response")
	Map<Response, Ask> recommendation(List<Response> responses) {
		return Batches.one(responses, Response::askId, this.asks::byIds, Ask::id);
	}

	@BatchMapping(typeName = "Response")
	Map<Response, SourceDocument> letter(List<Response> responses, BatchLoaderEnvironment env) {
		return this.documents.byIds(responses, Response::letterId, env.getContext());
	}

	@BatchMapping(typeName = "Response")
	Map<Response, List<Programme>> programmes(List<Response> responses, BatchLoaderEnvironment env) {
		return this.programmes.named(responses, Response::programmeIds, env.getContext());
	}

	@BatchMapping(typeName = "Response")
	Map<Response, List<Evidence>> evidence(List<Response> responses) {
		return Batches.many(responses, Response::evidenceIds, this.evidence::byIds, Evidence::id);
	}

	/**
	 * The position of the latest assessment of this answer in effect on the date in
	 * scope.
	 */
	@BatchMapping(typeName = "Response")
	Map<Response, Position> position(List<Response> responses, BatchLoaderEnvironment env) {
		List<Assessment> assessed = this.asks
			.assessmentsOf(responses.stream().map(Response::askId).collect(Collectors.toSet()));
		LocalDate today = this.status.today();
		Map<Response, Position> positions = new HashMap<>();
		for (Response response : responses) {
			Position position = AsOfView.answerPositions(assessed, AsOf.of(env, response, today)).get(response.id());
			if (position != null) {
				positions.put(response, position);
			}
		}
		return positions;
	}

}
