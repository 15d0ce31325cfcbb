package london.scrutiny.tracker.importer;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.letter.LetterWriter;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.programme.Programmes;
import london.scrutiny.tracker.support.Batches;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code draftLetter} and {@code confirmLetterDraft} mutations and the draft's
 * fields.
 */
@Controller
class ImporterController {

	private final DraftConfirmation drafts;

	private final Programmes programmes;

	ImporterController(DraftConfirmation drafts, Programmes programmes) {
		this.drafts = drafts;
		this.programmes = programmes;
	}

	@MutationMapping
	LetterDraft draftLetter(@Argument DraftLetterInput input) {
		return this.drafts.draft(input.text(), input.reportId());
	}

	@MutationMapping
	Map<String, Object> confirmLetterDraft(@Argument ConfirmLetterDraftInput input) {
		DraftConfirmation.Confirmed confirmed = (input.figures() == null || input.figures().isEmpty())
				? this.drafts.confirm(input.letter()) : this.drafts.confirmWithFigures(input.letter(), input.figures());
		return Map.of("letter", confirmed.letter().letter(), "created", confirmed.letter().created(), "evidence",
				confirmed.evidence());
	}

	@SchemaMapping(typeName = "LetterDraft")
	DraftDate sentOn(LetterDraft draft) {
		return draft.date();
	}

	@SchemaMapping(typeName = "DraftAsk")
	String recommendationId(DraftAsk ask) {
		return ask.askId();
	}

	@SchemaMapping(typeName = "DraftResponse")
	String recommendationId(DraftResponse response) {
		return response.askId();
	}

	@BatchMapping(typeName = "DraftProgrammeMention", field = "programme")
	Map<ProgrammeMention, Programme> programme(List<ProgrammeMention> mentions) {
		return Batches.one(mentions, ProgrammeMention::programmeId, this.programmes::byIds, Programme::id);
	}

	record DraftLetterInput(String text, String reportId) {
	}

	record ConfirmLetterDraftInput(LetterWriter.RecordLetterInput letter,
			List<DraftConfirmation.ConfirmFigureInput> figures) {
	}

}
