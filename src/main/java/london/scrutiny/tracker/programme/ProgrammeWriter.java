package london.scrutiny.tracker.programme;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.document.SourceCheck;
import london.scrutiny.tracker.store.Existing;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.Inputs;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Records programmes and changes them, guarded by their version. */
@Service
public class ProgrammeWriter {

	private final Writes writes;

	private final Existing existing;

	private final MongoTemplate mongo;

	private final SourceCheck sources;

	public ProgrammeWriter(Writes writes, Existing existing, MongoTemplate mongo, SourceCheck sources) {
		this.writes = writes;
		this.existing = existing;
		this.mongo = mongo;
		this.sources = sources;
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Result record(RecordProgrammeInput input) {
		Checks checks = new Checks();
		checks.require(input.id() != null && input.id().matches("programme/[a-z0-9][a-z0-9-]{1,80}"), "input.id",
				"must be programme/ then lower case letters, digits and hyphens.");
		checks.text(input.name(), "input.name", 200);
		checkOwner(checks, input.ownerId());
		List<Inputs.SourceInput> sources = Inputs.list(input.sources());
		for (int i = 0; i < sources.size(); i++) {
			this.sources.check(checks, sources.get(i), "input.sources[" + i + "]");
		}
		checks.throwIfAny();
		Programme record = new Programme(input.id(), input.name().strip(), input.kind(), Inputs.list(input.aliases()),
				input.description(), input.ownerId(), Inputs.list(input.providers()), Inputs.list(input.places()),
				List.of(), null, null, sources.stream().map(Inputs::source).toList(), null);
		boolean created = this.writes.insertOnce("recordProgramme", record) == Writes.Outcome.CREATED;
		return new Result(this.mongo.findById(input.id(), Programme.class), created);
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Result update(UpdateProgrammeInput input) {
		Checks checks = new Checks();
		checks.require(input.name() == null || (!input.name().isBlank() && input.name().length() <= 200), "input.name",
				"must be 1 to 200 characters.");
		checkOwner(checks, input.ownerId());
		checks.throwIfAny();
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("name", (input.name() != null) ? input.name().strip() : null);
		changes.put("aliases", input.aliases());
		changes.put("description", input.description());
		changes.put("ownerId", input.ownerId());
		changes.put("providers", input.providers());
		changes.put("places", input.places());
		changes.put("status", input.status());
		this.writes.update("updateProgramme", Programme.class, input.id(), input.expectedVersion(),
				Inputs.setGiven(changes));
		return new Result(this.mongo.findById(input.id(), Programme.class), false);
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Result addFunding(AddFundingLineInput input) {
		Checks checks = new Checks();
		checks.require(input.amount() != null && input.amount().signum() >= 0 && input.amount().scale() <= 2,
				"input.amount", "must be a sum of money in pounds, zero or more, with at most two decimal places.");
		checks.require(input.currency() == null || input.currency().matches("[A-Z]{3}"), "input.currency",
				"must be an ISO 4217 code such as GBP.");
		Inputs.checkPeriod(checks, input.period(), "input.period");
		Set<String> funder = this.existing.missing("organisations",
				(input.funderId() != null) ? List.of(input.funderId()) : List.of());
		checks.require(funder.isEmpty(), "input.funderId", "no organisation has the id '" + input.funderId() + "'.");
		if (input.source() != null) {
			this.sources.check(checks, input.source(), "input.source");
		}
		checks.throwIfAny();
		Programme.FundingLine line = new Programme.FundingLine(input.amount(),
				(input.currency() != null) ? input.currency() : "GBP",
				(input.qualifier() != null) ? input.qualifier() : "EXACT", Inputs.period(input.period()),
				input.funderId(), input.note(), Inputs.source(input.source()));
		this.writes.update("addFundingLine", Programme.class, input.programmeId(), input.expectedVersion(),
				new Update().push("funding", this.writes.stored(line)));
		return new Result(this.mongo.findById(input.programmeId(), Programme.class), false);
	}

	private void checkOwner(Checks checks, String ownerId) {
		checks.require(ownerId == null || this.existing.missing("organisations", List.of(ownerId)).isEmpty(),
				"input.ownerId", "no organisation has the id '" + ownerId + "'.");
	}

	/** The write API's new programme. */
	public record RecordProgrammeInput(String id, String name, String kind, List<String> aliases, String description,
			String ownerId, List<String> providers, List<String> places, List<Inputs.SourceInput> sources) {
	}

	/** The write API's programme changes. */
	public record UpdateProgrammeInput(String id, long expectedVersion, String name, List<String> aliases,
			String description, String ownerId, List<String> providers, List<String> places, String status) {
	}

	/** The write API's funding line. */
	public record AddFundingLineInput(String programmeId, long expectedVersion, BigDecimal amount, String currency,
			String qualifier, Inputs.PeriodInput period, String funderId, String note, Inputs.SourceInput source) {
	}

	/** What a programme write did. */
	public record Result(Programme programme, boolean created) {
	}

}
