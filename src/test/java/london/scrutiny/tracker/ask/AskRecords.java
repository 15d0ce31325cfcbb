package london.scrutiny.tracker.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Precision;

/** Small ask records for the pure as-of rule's tests. */
final class AskRecords {

	static final LocalDate ASKED = LocalDate.of(2022, 3, 23);

	static final LocalDate DUE = LocalDate.of(2022, 5, 23);

	private AskRecords() {
	}

	static Ask ask(LocalDate deadline) {
		return new Ask("r/1", "r", 1, AskKind.RECOMMENDATION, null, "Do it.", null, List.of(), null,
				(deadline != null) ? new PartialDate(deadline, Precision.DAY, null) : null, List.of(), 0L, null);
	}

	static SourceDocument document(String id, DocumentKind kind, LocalDate date) {
		return new SourceDocument(id, kind, "Title of " + id, null, null, null, date, null, null, null, null, null,
				null, null, List.of(), List.of(), null, null, null, null, null, null, null, List.of(), 0L);
	}

	static AskRecord.Answer answer(String letterId, LocalDate sentOn) {
		return new AskRecord.Answer(
				new Response("response/" + letterId, "r/1", letterId, "Answer.", null, List.of(), List.of(), List.of()),
				document(letterId, DocumentKind.LETTER, sentOn));
	}

	static Assessment assessment(String id, String responseId, Position position, Implementation implementation,
			Verification verification, LocalDate effectiveOn) {
		return new Assessment(id, "r/1", responseId, "CLERK", position, implementation, verification, "Because.",
				"clerk", effectiveOn, Instant.parse("2024-01-01T00:00:00Z"));
	}

	static DeadlineRevision revision(String id, LocalDate deadline, LocalDate effectiveOn) {
		return new DeadlineRevision(id, "r/1", null, new PartialDate(deadline, Precision.DAY, null), "Moved.", "editor",
				effectiveOn, Instant.parse("2024-01-01T00:00:00Z"));
	}

	static AskRecord record(LocalDate deadline, List<AskRecord.Answer> answers, List<Assessment> assessments,
			List<DeadlineRevision> revisions) {
		return new AskRecord(ask(deadline), document("r", DocumentKind.COMMITTEE_REPORT, ASKED),
				new ResponsePolicy.ResponseDue(DUE, ResponsePolicy.ResponseDue.Basis.POLICY, ASKED, null), answers,
				assessments, revisions);
	}

}
