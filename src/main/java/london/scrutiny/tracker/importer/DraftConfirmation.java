package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.List;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import london.scrutiny.tracker.ask.AskRepository;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceWriter;
import london.scrutiny.tracker.letter.LetterWriter;
import london.scrutiny.tracker.store.References;
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

	private final ReportService reports;

	private final AskRepository asks;

	private final Duration timeout;

	public DraftConfirmation(LetterWriter letters, EvidenceWriter evidence, KnownProgrammes programmes,
			ReportService reports, AskRepository asks, ApiLimits limits) {
		this.letters = letters;
		this.evidence = evidence;
		this.programmes = programmes;
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
		return this.asks.findByReportIdInOrderByReportIdAscNumberAsc(List.of(reportId))
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
				this.reports.find(new ReportFilter(null, null, day, day, null), FIRST_PAGE)
					.edges()
					.forEach((e) -> ids.add(e.node().id()));
			}
		}
		return (ids.size() == 1) ? ids.iterator().next() : null;
	}

	/** A letter alone needs CLERK. */
	@PreAuthorize("hasRole('CLERK')")
	public Confirmed confirm(LetterWriter.RecordLetterInput letter) {
		return new Confirmed(record(letter), List.of());
	}

	/** Recording figures as evidence needs EDITOR, checked before anything is written. */
	@PreAuthorize("hasRole('EDITOR')")
	public Confirmed confirmWithFigures(LetterWriter.RecordLetterInput letter, List<ConfirmFigureInput> figures) {
		LetterWriter.Result recorded = record(letter);
		String reference = References.canonical(letter.reference());
		List<Evidence> stored = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			ConfirmFigureInput figure = figures.get(i);
			EvidenceWriter.RecordEvidenceInput input = new EvidenceWriter.RecordEvidenceInput(
					"evidence/" + reference + "/figure-" + (i + 1), figure.statement(), List.of(figure.figure()),
					new Inputs.SourceInput(recorded.letter().id(), figure.quote(), figure.locator()),
					Inputs.list(figure.programmeIds()),
					(figure.recommendationId() != null) ? List.of(figure.recommendationId()) : List.of());
			stored.add(this.evidence.record(input).evidence());
		}
		return new Confirmed(recorded, stored);
	}

	private LetterWriter.Result record(LetterWriter.RecordLetterInput letter) {
		if (letter.text() == null || letter.text().isBlank()) {
			throw new InvalidInputException("input.letter.text",
					"A confirmed draft keeps the letter's text, so its quotes can be checked: send the text you drafted.");
		}
		return this.letters.record(letter);
	}

	/** A figure from the draft, as the clerk checked it. */
	public record ConfirmFigureInput(String statement, EvidenceWriter.FigureInput figure, String quote, String locator,
			String recommendationId, List<String> programmeIds) {
	}

	/** What a confirmation recorded. */
	public record Confirmed(LetterWriter.Result letter, List<Evidence> evidence) {
	}

}
