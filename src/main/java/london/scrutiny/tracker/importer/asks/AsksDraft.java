package london.scrutiny.tracker.importer.asks;

import java.util.List;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.importer.DraftAsk;
import london.scrutiny.tracker.importer.DraftDate;
import london.scrutiny.tracker.importer.DraftParty;
import london.scrutiny.tracker.importer.UnplacedPassage;

/**
 * What the reader took from a report or minutes, for a clerk to check and confirm.
 * Nothing in it is stored. {@code meeting} is the meeting the asks were agreed at, where
 * the text names it; {@code unplaced} lists passages with the words of an ask that the
 * reader did not draft, or, when it drafted none, why.
 */
public record AsksDraft(DocumentKind kind, DraftValue title, DraftDate date, DraftDate meeting, DraftParty author,
		List<DraftAsk> asks, List<UnplacedPassage> unplaced) {

	public AsksDraft {
		asks = List.copyOf(asks);
		unplaced = List.copyOf(unplaced);
	}

}
