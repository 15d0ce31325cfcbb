package london.scrutiny.tracker.ask;

import java.util.List;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;

/**
 * Everything stored that an ask's state at any date depends on: the ask, the report or
 * meeting that put it, when its answer fell due, each answer with its letter (null while
 * the letter is not stored), the assessments and the deadline revisions. The input of
 * {@link AsOfView}.
 */
public record AskRecord(Ask ask, SourceDocument report, ResponsePolicy.ResponseDue due, List<Answer> answers,
		List<Assessment> assessments, List<DeadlineRevision> revisions) {

	public AskRecord {
		answers = (answers != null) ? answers : List.of();
		assessments = (assessments != null) ? assessments : List.of();
		revisions = (revisions != null) ? revisions : List.of();
	}

	/** One letter's answer to the ask, with the letter. */
	public record Answer(Response response, SourceDocument letter) {
	}

}
