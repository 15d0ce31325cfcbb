package london.scrutiny.tracker.importer;

import java.time.LocalDate;

/**
 * The date of the correspondence the letter answers, and how it is known: {@code quote}
 * is the sentence that states it (null when derived), {@code referenceDate} the date the
 * reference encodes, if any, and {@code note} says how the two relate.
 */
public record DraftReply(LocalDate date, ReplyBasis how, String quote, String note, LocalDate referenceDate,
		Confidence confidence) {
}
