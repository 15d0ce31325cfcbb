package london.scrutiny.tracker.importer.pdf;

import java.util.Locale;

/**
 * The GraphQL documents an upload runs: each draft mutation with every field of its draft
 * selected, so the upload returns what the mutation returns.
 */
final class DraftDocuments {

	private static final String CONFIDENCE = "confidence { score reason }";

	private static final String PARTY = "{ name role organisation organisationId personId " + CONFIDENCE + " }";

	private static final String DATE = "{ value asWritten " + CONFIDENCE + " }";

	private static final String ASK = "{ number reference recommendationId kind title text addresseeText addressees "
			+ PARTY + " deadline { text date precision } quote locator " + CONFIDENCE + " }";

	static final String ASKS = "mutation($text: String!) { draftAsks(input: { text: $text }) { kind title { value "
			+ "asWritten " + CONFIDENCE + " } date " + DATE + " meeting " + DATE + " author " + PARTY + " asks " + ASK
			+ " unplaced { quote reason } } }";

	static final String LETTER = "mutation($text: String!, $reportId: ID) { draftLetter(input: { text: $text, "
			+ "reportId: $reportId }) { reference { value asWritten " + CONFIDENCE + " } sentOn " + DATE + " signatory "
			+ PARTY + " recipients " + PARTY + " cc " + PARTY + " inReplyTo { date how quote note " + CONFIDENCE
			+ " } meeting " + DATE + " delay { admitted quote " + CONFIDENCE + " } reportId asks " + ASK
			+ " responses { askNumber recommendationId text quote locator programmeIds " + CONFIDENCE + " } "
			+ "figures { value unit qualifier asWritten period { from to text } metric quote locator askNumber "
			+ CONFIDENCE + " } programmes { programme { id } matched quote askNumber " + CONFIDENCE + " } "
			+ "unplaced { quote reason } } }";

	private DraftDocuments() {
	}

	/** What the upload is drafted as. */
	enum Kind {

		LETTER(DraftDocuments.LETTER, "draftLetter"), ASKS(DraftDocuments.ASKS, "draftAsks");

		private final String document;

		private final String field;

		Kind(String document, String field) {
			this.document = document;
			this.field = field;
		}

		String document() {
			return this.document;
		}

		String field() {
			return this.field;
		}

		static Kind parse(String value) {
			if (value == null) {
				return null;
			}
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "letter" -> LETTER;
				case "asks", "report", "minutes" -> ASKS;
				default -> null;
			};
		}

	}

}
