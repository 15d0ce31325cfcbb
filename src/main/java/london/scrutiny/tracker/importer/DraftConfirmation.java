package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceWriter;
import london.scrutiny.tracker.letter.LetterWriter;
import london.scrutiny.tracker.store.References;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.support.Inputs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Drafts letters and records confirmed drafts through the normal write path
 * (authorisation, audit, idempotency by reference). Drafting stores nothing.
 */
@Service
public class DraftConfirmation {

	private final LetterParser parser = new LetterParser();

	private final KnownProgrammes programmes;

	private final LetterWriter letters;

	private final EvidenceWriter evidence;

	public DraftConfirmation(LetterWriter letters, EvidenceWriter evidence, KnownProgrammes programmes) {
		this.letters = letters;
		this.evidence = evidence;
		this.programmes = programmes;
	}

	@PreAuthorize("hasRole('CLERK')")
	public LetterDraft draft(String text, String reportId) {
		return this.parser.parse(text, ImportHints.none().withReportId(reportId).withProgrammes(this.programmes.all()));
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
