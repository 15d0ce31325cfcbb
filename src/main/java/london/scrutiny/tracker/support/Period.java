package london.scrutiny.tracker.support;

import java.time.LocalDate;

/**
 * A span of time as stated ("April 2020 – March 2021"), with its bounds where they can be
 * read.
 */
public record Period(LocalDate from, LocalDate to, String text) {
}
