package london.scrutiny.tracker.evidence;

/** The conditions of {@code evidence(filter:)}. */
public record EvidenceFilter(String documentId, String programmeId, String recommendationId, String unit,
		Boolean hasContrast, String text) {
}
