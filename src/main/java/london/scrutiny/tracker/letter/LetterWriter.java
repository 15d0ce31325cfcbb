package london.scrutiny.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.Asks;
import london.scrutiny.tracker.organisation.Party;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.store.Existing;
import london.scrutiny.tracker.store.References;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.Inputs;
import london.scrutiny.tracker.support.Source;
import london.scrutiny.tracker.support.Text;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Records a letter and its responses without a transaction: everything is checked first,
 * then the responses are stored, each under its natural id, then the letter, whose insert
 * makes them all visible at once. A retry after a failure part-way finds the stored
 * responses unchanged and completes the write.
 */
@Service
public class LetterWriter {

	/**
	 * MOPAC and Mayoral references embed the date of the correspondence answered, as
	 * ddMMyy.
	 */
	private static final Pattern DATED_REFERENCE = Pattern.compile("^(?:MOPAC|MGLA)(\\d{6})");

	private final Writes writes;

	private final Existing existing;

	private final Asks asks;

	private final MongoTemplate mongo;

	private final Clock clock;

	public LetterWriter(Writes writes, Existing existing, Asks asks, MongoTemplate mongo, Clock clock) {
		this.writes = writes;
		this.existing = existing;
		this.asks = asks;
		this.mongo = mongo;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('CLERK')")
	public Result record(RecordLetterInput input) {
		return store(plan(input));
	}

	/**
	 * Checks everything the letter's write would store, storing nothing: the input, and
	 * that what is stored under its ids is the same. A letter recorded before is a replay
	 * only if it is sent again with the same responses; anything else is a conflict, so
	 * no response is ever added to (and published with) a recorded letter by a re-send.
	 */
	public Plan plan(RecordLetterInput input) {
		check(input);
		String reference = References.canonical(input.reference());
		String letterId = "letter/" + reference;
		SourceDocument letter = letterRecord(input, reference, letterId);
		List<Response> responses = input.responses().stream().map((r) -> responseRecord(r, letterId)).toList();
		Document stored = this.mongo.findById(letterId, Document.class, "documents");
		if (stored != null && !Writes.sameContent(stored, this.writes.stored(letter))) {
			throw new ConflictException(letterId, Writes.versionOf(stored), "Letter " + reference
					+ " is already recorded with different content. Read it, and correct it rather than recording it "
					+ "again.");
		}
		Query answers = Query.query(Criteria.where("letterId").is(letterId));
		answers.fields().include("_id");
		Set<Object> storedIds = new TreeSet<>();
		this.mongo.find(answers, Response.class).forEach((r) -> storedIds.add(r.id()));
		Set<Object> sentIds = new TreeSet<>(responses.stream().map(Response::id).toList());
		// Stored responses of a letter not stored yet are an earlier attempt's, hidden
		// until the letter is stored: storing it would publish them too.
		if ((stored != null) ? !storedIds.equals(sentIds) : !sentIds.containsAll(storedIds)) {
			throw new ConflictException(letterId, (stored != null) ? Writes.versionOf(stored) : 0,
					"Letter " + reference + " is already " + ((stored != null) ? "recorded" : "partly recorded")
							+ " answering " + asks(storedIds, letterId) + "; this sends answers to "
							+ asks(sentIds, letterId) + ". A letter is not changed by sending it again: send it "
							+ "exactly as first sent, or record a further letter under its own reference.");
		}
		responses.forEach(this.writes::checkNew);
		return new Plan(letterId, input.text(), letter, responses);
	}

	/**
	 * Stores a checked letter: the responses first, then the letter, whose insert makes
	 * them visible; all committed together.
	 */
	public Result store(Plan plan) {
		return this.writes.together(() -> {
			for (Response response : plan.responses()) {
				this.writes.insertOnce("recordLetter", response);
			}
			boolean created = this.writes.insertOnce("recordLetter", plan.letter()) == Writes.Outcome.CREATED;
			return new Result(this.mongo.findById(plan.letterId(), SourceDocument.class), created);
		});
	}

	private static List<String> asks(Set<Object> responseIds, String letterId) {
		return responseIds.stream().map((id) -> String.valueOf(id).substring(letterId.length() + 1)).toList();
	}

	private SourceDocument letterRecord(RecordLetterInput input, String reference, String letterId) {
		LocalDate repliedTo = input.inReplyToDate();
		String how = "STATED";
		String note = "Given by the clerk who recorded the letter.";
		if (repliedTo == null) {
			repliedTo = dateInReference(reference);
			how = (repliedTo != null) ? "DERIVED_FROM_REFERENCE" : null;
			note = (repliedTo != null) ? "Read from the reference, which embeds the date as ddMMyy." : null;
		}
		return SourceDocument.letter(letterId, input.title(), reference,
				input.reference().equals(reference) ? null : input.reference(), References.key(reference),
				input.sentOn(), party(input.from()), input.to().stream().map(LetterWriter::party).toList(),
				Inputs.list(input.cc()).stream().map(LetterWriter::party).toList(),
				new SourceDocument.InReplyTo(input.repliesTo(), repliedTo, how, note, null), input.acknowledgesDelay(),
				(input.delayQuote() != null) ? new Source(letterId, input.delayQuote(), null) : null, input.text());
	}

	private static Response responseRecord(ResponseInput response, String letterId) {
		List<Response.Commitment> commitments = Inputs.list(response.commitments())
			.stream()
			.map((c) -> new Response.Commitment(c.text(), Inputs.partialDate(c.due()), null))
			.toList();
		return new Response(letterId + "#" + response.recommendationId(), response.recommendationId(), letterId,
				response.text(), new Source(letterId, response.text(), response.locator()), commitments,
				Inputs.list(response.programmeIds()), Inputs.list(response.evidenceIds()));
	}

	private static Party party(PartyInput party) {
		return new Party(party.name(), party.role(), party.personId(), party.organisationId());
	}

	static LocalDate dateInReference(String reference) {
		Matcher matcher = DATED_REFERENCE.matcher(reference);
		if (!matcher.find()) {
			return null;
		}
		try {
			return LocalDate.parse(matcher.group(1), DateTimeFormatter.ofPattern("ddMMuu"));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private void check(RecordLetterInput input) {
		Checks checks = new Checks();
		checks.require(
				input.reference() != null && References.key(input.reference()).length() >= 4
						&& input.reference().length() <= 64,
				"input.reference", "must be the letter's reference, such as MGLA230322-7616.");
		checks.require(input.sentOn() != null && !input.sentOn().isAfter(LocalDate.now(this.clock)), "input.sentOn",
				"must be the date on the letter, not in the future.");
		checks.text((input.from() != null) ? input.from().name() : null, "input.from.name", 200);
		checks.require(input.to() != null && !input.to().isEmpty(), "input.to", "name at least one addressee.");
		checks.require(input.repliesTo() != null && !input.repliesTo().isEmpty(), "input.repliesTo",
				"name the report or meeting whose asks it answers.");
		Set<String> unknownReports = this.existing.missing("documents", Inputs.list(input.repliesTo()));
		checks.require(unknownReports.isEmpty(), "input.repliesTo", "unknown report ids " + unknownReports + ".");
		checks.require(
				input.inReplyToDate() == null || input.sentOn() == null
						|| !input.inReplyToDate().isAfter(input.sentOn()),
				"input.inReplyToDate", "a letter cannot answer correspondence dated after it.");
		checks.require(input.text() == null || input.text().length() <= 500_000, "input.text",
				"is limited to 500,000 characters.");
		checks.require(
				input.delayQuote() == null || input.text() == null
						|| Text.normaliseSpace(input.text()).contains(Text.normaliseSpace(input.delayQuote())),
				"input.delayQuote", "must appear, verbatim, in the letter's text.");
		checks.require(input.responses() != null && !input.responses().isEmpty(), "input.responses",
				"record at least one response.");
		Set<String> answered = new HashSet<>();
		List<ResponseInput> responses = Inputs.list(input.responses());
		List<Ask> asked = this.asks.byIds(responses.stream().map(ResponseInput::recommendationId).toList());
		for (int i = 0; i < responses.size(); i++) {
			ResponseInput response = responses.get(i);
			String field = "input.responses[" + i + "]";
			Ask ask = asked.stream().filter((a) -> a.id().equals(response.recommendationId())).findFirst().orElse(null);
			checks.require(ask != null, field + ".recommendationId",
					"no ask has the id '" + response.recommendationId() + "'.");
			checks.require(ask == null || Inputs.list(input.repliesTo()).contains(ask.reportId()),
					field + ".recommendationId",
					"the ask belongs to a report this letter does not answer (add it to repliesTo).");
			checks.require(answered.add(response.recommendationId()), field + ".recommendationId",
					"the letter answers each ask once.");
			checks.text(response.text(), field + ".text", 50_000);
			Set<String> programmes = this.existing.missing("programmes", Inputs.list(response.programmeIds()));
			checks.require(programmes.isEmpty(), field + ".programmeIds", "unknown programme ids " + programmes + ".");
			Set<String> evidence = this.existing.missing("evidence", Inputs.list(response.evidenceIds()));
			checks.require(evidence.isEmpty(), field + ".evidenceIds", "unknown evidence ids " + evidence + ".");
			List<CommitmentInput> commitments = Inputs.list(response.commitments());
			for (int c = 0; c < commitments.size(); c++) {
				checks.text(commitments.get(c).text(), field + ".commitments[" + c + "].text", 5000);
				Inputs.checkPartialDate(checks, commitments.get(c).due(), field + ".commitments[" + c + "].due");
			}
		}
		checks.throwIfAny();
	}

	/** The write API's letter input. */
	public record RecordLetterInput(String reference, LocalDate sentOn, String title, PartyInput from,
			List<PartyInput> to, List<PartyInput> cc, List<String> repliesTo, LocalDate inReplyToDate,
			boolean acknowledgesDelay, String delayQuote, String text, List<ResponseInput> responses) {
	}

	/** An author, recipient or person copied. */
	public record PartyInput(String name, String role, String personId, String organisationId) {
	}

	/** One response of a letter input. */
	public record ResponseInput(String recommendationId, String text, String locator, List<CommitmentInput> commitments,
			List<String> programmeIds, List<String> evidenceIds) {
	}

	/** A promise in a response. */
	public record CommitmentInput(String text, Inputs.PartialDateInput due) {
	}

	/** A letter's write, checked and not yet stored. */
	public record Plan(String letterId, String text, SourceDocument letter, List<Response> responses) {
	}

	/** What recordLetter did. */
	public record Result(SourceDocument letter, boolean created) {
	}

}
