package london.scrutiny.tracker.importer;

import java.time.LocalDate;

/** A date the letter gives, with its words as written ("7 June 2021"). */
public record DraftDate(LocalDate value, String asWritten, Confidence confidence) {
}
