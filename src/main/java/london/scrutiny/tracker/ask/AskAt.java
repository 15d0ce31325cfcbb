package london.scrutiny.tracker.ask;

import java.time.LocalDate;

/** An ask as of a date: the key of every status computation. */
public record AskAt(String askId, LocalDate asOf) {
}
