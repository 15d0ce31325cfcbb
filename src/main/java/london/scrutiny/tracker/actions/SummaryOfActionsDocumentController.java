package london.scrutiny.tracker.actions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import london.scrutiny.tracker.ask.StatusService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Summary List of Actions as a document, for a clerk to table:
 * {@code GET /summary-of-actions?committee=org/london-assembly-pcc&asOf=2022-09-01&format=html}
 * ({@code format} is md, html or csv; {@code asOf}, the meeting's date, defaults to
 * today; {@code item} is the agenda item's number for the header). Each download has its
 * own file name, such as {@code pcc-summary-of-actions-2022-06-01.csv}.
 */
@RestController
class SummaryOfActionsDocumentController {

	private final SummaryOfActionsService summaries;

	private final StatusService status;

	SummaryOfActionsDocumentController(SummaryOfActionsService summaries, StatusService status) {
		this.summaries = summaries;
		this.status = status;
	}

	@GetMapping("/summary-of-actions")
	ResponseEntity<String> document(@RequestParam String committee, @RequestParam(required = false) String asOf,
			@RequestParam(defaultValue = "md") String format, @RequestParam(required = false) String item) {
		ActionsFormat chosen = ActionsFormat.parse(format);
		if (chosen == null) {
			return problem(HttpStatus.BAD_REQUEST, "'format' must be md, html or csv; got '" + format + "'.");
		}
		LocalDate date;
		try {
			date = (asOf != null) ? LocalDate.parse(asOf) : this.status.today();
		}
		catch (DateTimeParseException ex) {
			return problem(HttpStatus.BAD_REQUEST,
					"'asOf' must be a real calendar date written YYYY-MM-DD, such as 2022-09-01; got '" + asOf + "'.");
		}
		return this.summaries.forCommittee(committee, date)
			.map((summary) -> ResponseEntity.ok()
				.contentType(chosen.mediaType())
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition(chosen, summary))
				.body(chosen.render(summary, this.summaries.items(summary.lines(), summary.asOf()), item)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No committee has the id '" + committee
					+ "'. The Police and Crime Committee is org/london-assembly-pcc."));
	}

	/**
	 * Saved under its own name; the HTML opens in the browser (to print), the others
	 * download.
	 */
	private static String disposition(ActionsFormat format, SummaryOfActions summary) {
		return ContentDisposition.builder((format == ActionsFormat.HTML) ? "inline" : "attachment")
			.filename(format.fileName(summary))
			.build()
			.toString();
	}

	private static ResponseEntity<String> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
	}

}
