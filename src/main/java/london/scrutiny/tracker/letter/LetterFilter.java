package london.scrutiny.tracker.letter;

import java.time.LocalDate;

/** The conditions of {@code letters(filter:)}. */
public record LetterFilter(LocalDate sentFrom, LocalDate sentTo, String fromId, String repliesTo,
		Boolean acknowledgesDelay, String text) {
}
