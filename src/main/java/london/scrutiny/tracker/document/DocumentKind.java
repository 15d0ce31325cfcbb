package london.scrutiny.tracker.document;

/** What a source document is. Every kind but LETTER is served as a Report. */
public enum DocumentKind {

	COMMITTEE_REPORT, COMMITTEE_MEETING, LETTER, INSPECTION_REPORT, SUPER_COMPLAINT_REPORT, ANNUAL_REPORT

}
