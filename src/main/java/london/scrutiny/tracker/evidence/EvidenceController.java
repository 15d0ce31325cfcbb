package london.scrutiny.tracker.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.programme.Programmes;
import london.scrutiny.tracker.ask.AsOf;
import london.scrutiny.tracker.ask.AsOfView;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.Asks;
import london.scrutiny.tracker.support.Batches;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code evidence} query and the fields of {@code Evidence}. */
@Controller
class EvidenceController {

	private final EvidenceService service;

	private final EvidenceRepository evidence;

	private final Paging paging;

	private final Programmes programmes;

	private final Asks asks;

	EvidenceController(EvidenceService service, EvidenceRepository evidence, Paging paging, Programmes programmes,
			Asks asks) {
		this.service = service;
		this.evidence = evidence;
		this.paging = paging;
		this.programmes = programmes;
		this.asks = asks;
	}

	@QueryMapping
	PageConnection<Evidence> evidence(@Argument EvidenceFilter filter, @Argument OffsetDateTime updatedSince,
			@Argument Integer first, @Argument String after) {
		return this.service.find(filter, updatedSince, this.paging.request(first, after));
	}

	@BatchMapping(typeName = "Evidence")
	Map<Evidence, List<Programme>> programmes(List<Evidence> evidence, BatchLoaderEnvironment env) {
		return this.programmes.named(evidence, Evidence::programmeIds, env.getContext());
	}

	@BatchMapping(typeName = "Evidence")
	Map<Evidence, Programme> programme(List<Evidence> evidence, BatchLoaderEnvironment env) {
		Map<Evidence, List<Programme>> all = programmes(evidence, env);
		return all.entrySet()
			.stream()
			.filter((e) -> !e.getValue().isEmpty())
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().get(0)));
	}

	/**
	 * The asks the evidence is about; reached as of a date (beneath a query's
	 * {@code asOf}), only those put by then.
	 */
	@BatchMapping(typeName = "Evidence")
	Map<Evidence, List<Ask>> recommendations(List<Evidence> evidence, BatchLoaderEnvironment env) {
		Map<Evidence, List<Ask>> about = Batches.many(evidence, Evidence::askIds, this.asks::byIds, Ask::id);
		about.replaceAll((e, asks) -> {
			LocalDate asOf = AsOf.of(env, e, null);
			return (asOf == null) ? asks : asks.stream().filter((a) -> AsOfView.notAfter(askedOn(a), asOf)).toList();
		});
		return about;
	}

	private static LocalDate askedOn(Ask ask) {
		return (ask.statusFacts() != null) ? ask.statusFacts().askedOn() : null;
	}

	@BatchMapping(typeName = "Evidence")
	Map<Evidence, List<Evidence>> contrasts(List<Evidence> evidence) {
		return Batches.many(evidence, Evidence::contrastIds, this.evidence::findByIdIn, Evidence::id);
	}

}
