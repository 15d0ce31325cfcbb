package london.scrutiny.tracker.importer;

import java.math.BigDecimal;

import london.scrutiny.tracker.support.Period;

/**
 * A number the letter states. {@code value} is exact ("£11.4m" is 11400000);
 * {@code asWritten} the figure's own words; {@code quote} the sentence or table row that
 * states it, verbatim; {@code period} the time it covers where the text gives one.
 * {@code metric} is filled for table cells (column and row) and left null otherwise: the
 * quote says what is measured. {@code askNumber} is the ask whose answer holds the
 * figure, or null outside the answers.
 */
public record DraftFigure(BigDecimal value, FigureUnit unit, Qualifier qualifier, String asWritten, Period period,
		String metric, String quote, String locator, Integer askNumber, Confidence confidence) {
}
