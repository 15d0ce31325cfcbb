package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.List;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import london.scrutiny.tracker.ask.Asks;
import london.scrutiny.tracker.document.SourceCheck;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceWriter;
import london.scrutiny.tracker.letter.LetterWriter;
import london.scrutiny.tracker.store.References;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.limits.ApiLimits;
import london.scrutiny.tracker.report.ReportFilter;
import london.scrutiny.tracker.report.ReportService;
import london.scrutiny.tracker.support.Inputs;
import london.scrutiny.tracker.support.NotFoundException;
import london.scrutiny.tracker.support.PageRequest;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Drafts letters and records confirmed drafts through the normal write path
 * (authorisation, audit, idempotency by reference). Drafting stores nothing.
 */
@Service
public class DraftConfirmation {

	private static final PageRequest FIRST_PAGE = new PageRequest(5, ScrollPosition.keyset(), false);

	private final LetterParser parser = new LetterParser();

	private final KnownProgrammes programmes;

	private final LetterWriter letters;

	private final EvidenceWriter evidence;

	private final Writes writes;

	private final ReportService reports;

	private final Asks asks;

	private final Duration timeout;

	public DraftConfirmation(LetterWriter letters, EvidenceWriter evidence, KnownProgrammes programmes, Writes writes,
			ReportService reports, Asks asks, ApiLimits limits) {
		this.letters = letters;
		this.evidence = evidence;
		this.programmes = programmes;
		this.writes = writes;
		this.reports = reports;
		this.asks = asks;
		this.timeout = limits.requestTimeout();
	}

	/**
	 * Drafts the letter, within the request timeout. Given a {@code reportId}, it must
	 * name a stored report or meeting, whose asks the answers are then tied to; without
	 * one, the report or meeting is looked for by the date the letter replies to or the
	 * meeting it names, and used when exactly one matches.
	 */
	@PreAuthorize("hasRole('CLERK')")
	public LetterDraft draft(String text, String reportId) {
		ImportHints hints = ImportHints.none().withProgrammes(this.programmes.all());
		if (reportId != null) {
			String id = reportId.strip();
			if (id.isEmpty() || this.reports.byId(id).isEmpty()) {
				throw new NotFoundException("input.reportId", "No report or meeting has the id '" + Quotes.start(id)
						+ "'. Give the id of a stored report or meeting (see 'reports'), or leave reportId out.");
			}
			return this.parser.parse(text, hints.withReportId(id).withAsks(knownAsks(id)), this.timeout);
		}
		LetterDraft draft = this.parser.parse(text, hints, this.timeout);
		String found = answered(draft);
		return (found != null)
				? this.parser.parse(text, hints.withReportId(found).withAsks(knownAsks(found)), this.timeout) : draft;
	}

	private List<KnownAsk> knownAsks(String reportId) {
		return this.asks.putBy(List.of(reportId))
			.stream()
			.map((a) -> new KnownAsk(a.number(), null, a.id(), a.text()))
			.toList();
	}

	/**
	 * The one stored report or meeting dated the day the letter replies to, or the day of
	 * the meeting it names; null when none or several are.
	 */
	private String answered(LetterDraft draft) {
		Set<String> ids = new LinkedHashSet<>();
		for (LocalDate day : new LocalDate[] { (draft.inReplyTo() != null) ? draft.inReplyTo().date() : null,
				(draft.meeting() != null) ? draft.meeting().value() : null }) {
			if (day != null) {
				this.reports.find(new ReportFilter(null, null, day, day, null), null, FIRST_PAGE)
					.edges()
					.forEach((e) -> ids.add(e.node().id()));
			}
		}
		return (ids.size() == 1) ? ids.iterator().next() : null;
	}

	/** A letter alone needs CLERK. */
	@PreAuthorize("hasRole('CLERK')")
	public Confirmed confirm(LetterWriter.RecordLetterInput letter) {
		return new Confirmed(this.letters.store(plan(letter)), List.of());
	}

	/**
	 * Recording figures as evidence needs EDITOR, checked before anything is written. The
	 * letter and every figure are checked (each quote against the letter's text) before
	 * any is stored, so a refused confirmation stores nothing.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public Confirmed confirmWithFigures(LetterWriter.RecordLetterInput letter, List<ConfirmFigureInput> figures) {
		LetterWriter.Plan plan = plan(letter);
		String reference = References.canonical(letter.reference());
		SourceCheck.Pending pending = new SourceCheck.Pending(plan.letterId(), plan.text());
		List<Evidence> records = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			ConfirmFigureInput figure = figures.get(i);
			EvidenceWriter.RecordEvidenceInput input = new EvidenceWriter.RecordEvidenceInput(
					"evidence/" + reference + "/figure-" + (i + 1), figure.statement(), List.of(figure.figure()),
					new Inputs.SourceInput(plan.letterId(), figure.quote(), figure.locator()),
					Inputs.list(figure.programmeIds()),
					(figure.recommendationId() != null) ? List.of(figure.recommendationId()) : List.of());
			records.add(planFigure(input, pending, i));
		}
		return this.writes.together(() -> {
			LetterWriter.Result recorded = this.letters.store(plan);
			List<Evidence> stored = records.stream().map((r) -> this.evidence.store(r).evidence()).toList();
			return new Confirmed(recorded, stored);
		});
	}

	/**
	 * Checks one figure against the letter being recorded, naming the fields as the
	 * confirmation input has them.
	 */
	private Evidence planFigure(EvidenceWriter.RecordEvidenceInput input, SourceCheck.Pending letter, int index) {
		try {
			return this.evidence.plan(input, letter);
		}
		catch (InvalidInputException ex) {
			String figure = "input.figures[" + index + "]";
			List<String> fields = ex.fields().stream().map((f) -> figureField(f, figure)).toList();
			throw new InvalidInputException(fields.get(0),
					"Figure " + (index + 1) + ": "
							+ ex.getMessage()
								.replace("input.source.quote", figure + ".quote")
								.replace("input.figures[0]", figure + ".figure")
								.replace("input.", figure + "."),
					fields);
		}
	}

	private static String figureField(String field, String figure) {
		return switch (field) {
			case "input.source.quote" -> figure + ".quote";
			case "input.recommendationIds" -> figure + ".recommendationId";
			default -> field.replace("input.figures[0]", figure + ".figure").replace("input.", figure + ".");
		};
	}

	private LetterWriter.Plan plan(LetterWriter.RecordLetterInput letter) {
		if (letter.text() == null || letter.text().isBlank()) {
			throw new InvalidInputException("input.letter.text",
					"A confirmed draft keeps the letter's text, so its quotes can be checked: send the text you drafted.");
		}
		return this.letters.plan(letter);
	}

	/** A figure from the draft, as the clerk checked it. */
	public record ConfirmFigureInput(String statement, EvidenceWriter.FigureInput figure, String quote, String locator,
			String recommendationId, List<String> programmeIds) {
	}

	/** What a confirmation recorded. */
	public record Confirmed(LetterWriter.Result letter, List<Evidence> evidence) {
	}

}
