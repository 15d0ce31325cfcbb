package london.scrutiny.tracker.importer;

import java.time.LocalDate;

import london.scrutiny.tracker.support.Precision;

/**
 * A date the letter gives, with its words as written ("7 June 2021") and how exactly they
 * give it: "April 2021" is the first of April at {@link Precision#MONTH}.
 */
public record DraftDate(LocalDate value, String asWritten, Precision precision, Confidence confidence) {

	public DraftDate {
		precision = (precision != null) ? precision : Precision.DAY;
	}

	/** A date given to the day. */
	public DraftDate(LocalDate value, String asWritten, Confidence confidence) {
		this(value, asWritten, Precision.DAY, confidence);
	}

}
