package london.scrutiny.tracker.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import london.scrutiny.tracker.document.SourceCheck;
import london.scrutiny.tracker.store.Existing;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.Inputs;
import london.scrutiny.tracker.support.NotFoundException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Records evidence and links it. Links are added to sets, so a repeated link changes
 * nothing.
 */
@Service
public class EvidenceWriter {

	private final Writes writes;

	private final Existing existing;

	private final SourceCheck sources;

	private final MongoTemplate mongo;

	public EvidenceWriter(Writes writes, Existing existing, SourceCheck sources, MongoTemplate mongo) {
		this.writes = writes;
		this.existing = existing;
		this.sources = sources;
		this.mongo = mongo;
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Result record(RecordEvidenceInput input) {
		return store(plan(input, null));
	}

	/**
	 * Checks new evidence, storing nothing, and returns the record to store. Its source
	 * may be a document stored by the same write ({@code pending}, or null).
	 */
	public Evidence plan(RecordEvidenceInput input, SourceCheck.Pending pending) {
		Checks checks = new Checks();
		checks.require(input.id() != null && input.id().matches("evidence/[A-Za-z0-9][A-Za-z0-9/._-]{1,120}"),
				"input.id", "must be evidence/ then letters, digits, hyphens, dots and slashes.");
		checks.text(input.statement(), "input.statement", 2000);
		checks.require(input.figures() != null && !input.figures().isEmpty(), "input.figures",
				"give at least one figure.");
		List<FigureInput> figures = Inputs.list(input.figures());
		for (int i = 0; i < figures.size(); i++) {
			checks.text(figures.get(i).metric(), "input.figures[" + i + "].metric", 300);
			checks.require(figures.get(i).value() != null, "input.figures[" + i + "].value", "give the value.");
			Inputs.checkPeriod(checks, figures.get(i).period(), "input.figures[" + i + "].period");
		}
		this.sources.check(checks, input.source(), "input.source", pending);
		checkLinks(checks, input.programmeIds(), input.recommendationIds(), List.of());
		checks.throwIfAny();
		List<Evidence.Figure> stored = new ArrayList<>();
		for (FigureInput figure : figures) {
			stored.add(new Evidence.Figure(figure.metric(), figure.value(), figure.unit(),
					(figure.qualifier() != null) ? figure.qualifier() : "EXACT", Inputs.period(figure.period())));
		}
		Evidence record = new Evidence(input.id(), input.statement().strip(), stored, Inputs.source(input.source()),
				Inputs.list(input.programmeIds()), Inputs.list(input.recommendationIds()), List.of(), null, null);
		this.writes.checkNew(record);
		return record;
	}

	/** Stores checked evidence (see {@link #plan}). */
	public Result store(Evidence record) {
		boolean created = this.writes.insertOnce("recordEvidence", record) == Writes.Outcome.CREATED;
		return new Result(this.mongo.findById(record.id(), Evidence.class), created);
	}

	/**
	 * Adds links; a contrast is added on both records, each write idempotent, so a retry
	 * completes it.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public Result link(LinkEvidenceInput input) {
		if (this.mongo.findById(input.evidenceId(), Evidence.class) == null) {
			throw new NotFoundException("input.evidenceId", "No evidence has the id '" + input.evidenceId() + "'.");
		}
		Checks checks = new Checks();
		checkLinks(checks, input.programmeIds(), input.recommendationIds(), Inputs.list(input.contrastIds()));
		checks.require(!Inputs.list(input.contrastIds()).contains(input.evidenceId()), "input.contrastIds",
				"evidence cannot contrast with itself.");
		checks.throwIfAny();
		return this.writes.together(() -> {
			// Links only add, so a write that lost a race to another link is re-read and
			// re-applied rather than refused; one that adds nothing writes nothing.
			for (int attempt = 1;; attempt++) {
				try {
					return new Result(linkOnce(input), false);
				}
				catch (ConflictException raced) {
					if (attempt == 5) {
						throw raced;
					}
				}
			}
		});
	}

	private Evidence linkOnce(LinkEvidenceInput input) {
		Evidence evidence = this.mongo.findById(input.evidenceId(), Evidence.class);
		Update update = new Update().addToSet("programmeIds")
			.each(Inputs.list(input.programmeIds()).toArray())
			.addToSet("askIds")
			.each(Inputs.list(input.recommendationIds()).toArray())
			.addToSet("contrastIds")
			.each(Inputs.list(input.contrastIds()).toArray());
		if (input.contrastNote() != null) {
			update.set("contrastNote", input.contrastNote());
		}
		this.writes.update("linkEvidence", Evidence.class, evidence.id(), evidence.version(), update);
		for (String other : Inputs.list(input.contrastIds())) {
			Evidence contrast = this.mongo.findById(other, Evidence.class);
			this.writes.update("linkEvidence", Evidence.class, other, contrast.version(),
					new Update().addToSet("contrastIds", evidence.id()));
		}
		return this.mongo.findById(evidence.id(), Evidence.class);
	}

	private void checkLinks(Checks checks, List<String> programmeIds, List<String> askIds, List<String> contrastIds) {
		Set<String> programmes = this.existing.missing("programmes", Inputs.list(programmeIds));
		checks.require(programmes.isEmpty(), "input.programmeIds", "unknown programme ids " + programmes + ".");
		Set<String> asks = this.existing.missing("asks", Inputs.list(askIds));
		checks.require(asks.isEmpty(), "input.recommendationIds", "unknown ask ids " + asks + ".");
		Set<String> contrasts = this.existing.missing("evidence", contrastIds);
		checks.require(contrasts.isEmpty(), "input.contrastIds", "unknown evidence ids " + contrasts + ".");
	}

	/** The write API's new evidence. */
	public record RecordEvidenceInput(String id, String statement, List<FigureInput> figures, Inputs.SourceInput source,
			List<String> programmeIds, List<String> recommendationIds) {
	}

	/** One figure. */
	public record FigureInput(String metric, BigDecimal value, String unit, String qualifier,
			Inputs.PeriodInput period) {
	}

	/** Links to add. */
	public record LinkEvidenceInput(String evidenceId, List<String> programmeIds, List<String> recommendationIds,
			List<String> contrastIds, String contrastNote) {
	}

	/** What an evidence write did. */
	public record Result(Evidence evidence, boolean created) {
	}

}
