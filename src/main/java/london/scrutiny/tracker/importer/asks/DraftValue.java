package london.scrutiny.tracker.importer.asks;

import london.scrutiny.tracker.importer.Confidence;

/** A value read from the text: normalised, and as written. */
public record DraftValue(String value, String asWritten, Confidence confidence) {
}
