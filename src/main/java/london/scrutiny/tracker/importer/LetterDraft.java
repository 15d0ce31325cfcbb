package london.scrutiny.tracker.importer;

import java.util.List;
import java.util.Optional;

/**
 * What the parser read from one letter, for a clerk to check, correct and confirm.
 * Nothing in it is stored. Every item carries a {@link Confidence}; any field the letter
 * does not give is null (or an empty list).
 * <ul>
 * <li>{@code reference}, {@code date}, {@code signatory}, {@code recipients}, {@code cc}:
 * the letter's own;</li>
 * <li>{@code inReplyTo}: the date of the correspondence it answers, stated or derived
 * from the reference;</li>
 * <li>{@code meeting}: the Committee meeting it says it follows up, if it names one;</li>
 * <li>{@code delay}: whether it apologises for answering late;</li>
 * <li>{@code reportId}: the report or meeting answered, as the hints gave it;</li>
 * <li>{@code shapes}: how the letter sets out its asks; {@code asks} and
 * {@code responses}, the latter matched to the former by ask number;</li>
 * <li>{@code figures} and {@code programmes}: every figure and every known programme the
 * body states or names, with the ask whose answer holds it;</li>
 * <li>{@code unplaced}: the body's passages that the draft ties to no ask;</li>
 * <li>{@code unanswered}: the known asks (given with the hints) that no passage
 * answers.</li>
 * </ul>
 */
public record LetterDraft(DraftReference reference, DraftDate date, DraftParty signatory, List<DraftParty> recipients,
		List<DraftParty> cc, DraftReply inReplyTo, DraftDate meeting, DraftDelay delay, String reportId,
		List<AskShape> shapes, List<DraftAsk> asks, List<DraftResponse> responses, List<DraftFigure> figures,
		List<ProgrammeMention> programmes, List<UnplacedPassage> unplaced, List<DraftAsk> unanswered) {

	public LetterDraft {
		recipients = List.copyOf(recipients);
		cc = List.copyOf(cc);
		shapes = List.copyOf(shapes);
		asks = List.copyOf(asks);
		responses = List.copyOf(responses);
		figures = List.copyOf(figures);
		programmes = List.copyOf(programmes);
		unplaced = List.copyOf(unplaced);
		unanswered = List.copyOf(unanswered);
	}

	/**
	 * The drafted answer to the ask numbered {@code askNumber}, if the letter answers it.
	 */
	public Optional<DraftResponse> responseTo(int askNumber) {
		return this.responses.stream().filter((r) -> r.askNumber() != null && r.askNumber() == askNumber).findFirst();
	}

}
