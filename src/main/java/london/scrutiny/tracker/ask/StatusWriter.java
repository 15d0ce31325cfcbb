package london.scrutiny.tracker.ask;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.Responses;
import london.scrutiny.tracker.security.Actor;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.Inputs;
import london.scrutiny.tracker.support.NotFoundException;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Appends assessments and deadline revisions. Each is an event whose id is a digest of
 * what it says, so the same event sent twice is stored once.
 */
@Service
public class StatusWriter {

	/**
	 * Fields of an ask that name the deadline revision in effect and its date: the ask's
	 * version-checked update that sets them is what lets one of two concurrent revisions
	 * win.
	 */
	private static final String REVISION_ID = "deadlineRevisionId";

	private static final String REVISED_ON = "deadlineRevisedOn";

	private final Writes writes;

	private final AskRepository asks;

	private final Responses responses;

	private final StatusService status;

	private final MongoTemplate mongo;

	private final Clock clock;

	public StatusWriter(Writes writes, AskRepository asks, Responses responses, StatusService status,
			MongoTemplate mongo, Clock clock) {
		this.writes = writes;
		this.asks = asks;
		this.responses = responses;
		this.status = status;
		this.mongo = mongo;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('CLERK')")
	public AssessmentResult assess(RecordAssessmentInput input) {
		Ask ask = this.asks.findById(input.recommendationId())
			.orElseThrow(() -> new NotFoundException("input.recommendationId",
					"No ask has the id '" + input.recommendationId() + "'."));
		Checks checks = new Checks();
		if (input.responseId() != null) {
			Response response = this.responses.byId(input.responseId()).orElse(null);
			checks.require(response != null && response.askId().equals(ask.id()), "input.responseId",
					"must be a response to " + ask.id() + ".");
		}
		checks.text(input.rationale(), "input.rationale", 500);
		checks.require(input.effectiveOn() != null && !input.effectiveOn().isAfter(today()), "input.effectiveOn",
				"must be a date up to today: an assessment records what is known.");
		checks.throwIfAny();
		String id = "assessment/" + digest(ask.id(), input.responseId(), input.position(), input.implementation(),
				input.verification(), input.rationale().strip(), input.effectiveOn());
		Assessment event = new Assessment(id, ask.id(), input.responseId(), "CLERK", input.position(),
				input.implementation(), input.verification(), input.rationale().strip(), Actor.current().name(),
				input.effectiveOn(), Instant.now(this.clock));
		boolean created = this.writes.insertOnce("recordAssessment", event) == Writes.Outcome.CREATED;
		return new AssessmentResult(this.mongo.findById(id, Assessment.class), ask, created);
	}

	@PreAuthorize("hasRole('EDITOR')")
	public RevisionResult reviseDeadline(ReviseDeadlineInput input) {
		Ask ask = this.asks.findById(input.recommendationId())
			.orElseThrow(() -> new NotFoundException("input.recommendationId",
					"No ask has the id '" + input.recommendationId() + "'."));
		Checks checks = new Checks();
		Inputs.checkPartialDate(checks, input.deadline(), "input.deadline");
		checks.require(input.deadline() != null, "input.deadline", "give the new deadline.");
		checks.text(input.reason(), "input.reason", 1000);
		checks.require(input.effectiveOn() != null, "input.effectiveOn", "give the date the new deadline holds from.");
		checks.throwIfAny();
		String id = "revision/" + digest(ask.id(), input.deadline().date(), input.deadline().precision(),
				input.deadline().text(), input.reason().strip(), input.effectiveOn());
		DeadlineRevision stored = this.mongo.findById(id, DeadlineRevision.class);
		if (stored != null) {
			return new RevisionResult(stored, ask, false);
		}
		AskStatus now = this.status.statuses(List.of(ask), List.of(new AskAt(ask.id(), input.effectiveOn())))
			.get(new AskAt(ask.id(), input.effectiveOn()));
		DeadlineRevision revision = new DeadlineRevision(id, ask.id(), now.deadline(),
				Inputs.partialDate(input.deadline()), input.reason().strip(), Actor.current().name(),
				input.effectiveOn(), Instant.now(this.clock));
		boolean created = this.writes.together(() -> {
			try {
				// The ask's version guards the revision: two editors moving one deadline
				// cannot both win. The ask names the revision that won.
				this.writes.update("reviseDeadline", Ask.class, ask.id(), input.expectedVersion(),
						new Update().set(REVISED_ON, input.effectiveOn().toString()).set(REVISION_ID, id));
			}
			catch (ConflictException lost) {
				Document current = this.mongo.findById(ask.id(), Document.class, "asks");
				if (current == null || !id.equals(current.getString(REVISION_ID))) {
					throw lost;
				}
				// The same revision won (a replay sent at once, or a retry after a crash
				// between the two records): complete it if need be, and answer as a
				// replay.
				if (this.mongo.findById(id, DeadlineRevision.class) == null) {
					this.writes.insertOnce("reviseDeadline", revision);
				}
				return false;
			}
			this.writes.insertOnce("reviseDeadline", revision);
			return true;
		});
		return new RevisionResult(this.mongo.findById(id, DeadlineRevision.class),
				this.asks.findById(ask.id()).orElseThrow(), created);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String digest(Object... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Object part : parts) {
				sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The write API's assessment input. */
	public record RecordAssessmentInput(String recommendationId, String responseId, Position position,
			Implementation implementation, Verification verification, String rationale, LocalDate effectiveOn) {
	}

	/** The write API's deadline revision input. */
	public record ReviseDeadlineInput(String recommendationId, long expectedVersion, Inputs.PartialDateInput deadline,
			String reason, LocalDate effectiveOn) {
	}

	/** What recordAssessment did. */
	public record AssessmentResult(Assessment assessment, Ask recommendation, boolean created) {
	}

	/** What reviseDeadline did. */
	public record RevisionResult(DeadlineRevision revision, Ask recommendation, boolean created) {
	}

}
