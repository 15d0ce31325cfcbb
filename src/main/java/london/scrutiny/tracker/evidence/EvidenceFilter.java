package london.scrutiny.tracker.evidence;

/** The conditions of {@code evidence(filter:)}. */
public record EvidenceFilter(java.util.List<String> ids, String documentId, String programmeId, String recommendationId,
		String unit, Boolean hasContrast, String text) {
}
