package london.scrutiny.tracker.importer.asks;

import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.report.ReportWriter;
import london.scrutiny.tracker.support.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Drafts the asks of a report or minutes (storing nothing) and records a checked draft
 * through the report write path (authorisation, audit, idempotency by the report's id and
 * each ask's number).
 */
@Service
public class AsksDrafts {

	private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern
		.compile("(?<=\\p{L})- (?=\\p{Ll})");

	private final AsksReader reader = new AsksReader();

	private final ReportWriter reports;

	public AsksDrafts(ReportWriter reports) {
		this.reports = reports;
	}

	@PreAuthorize("hasRole('CLERK')")
	public AsksDraft draft(String text, DocumentKind kind) {
		return this.reader.read(text, kind);
	}

	@PreAuthorize("hasRole('EDITOR')")
	public ReportWriter.Result confirm(ReportWriter.RecordReportInput report, String text) {
		if (text != null && report != null && report.asks() != null) {
			// The text as the reader saw it: page numbers and footers that a PDF prints
			// in
			// the middle of an ask are not part of it.
			String source = plain(String.join(" ", Layout.lines(text)));
			List<String> fields = new ArrayList<>();
			for (int i = 0; i < report.asks().size(); i++) {
				String words = report.asks().get(i).text();
				if (words != null && !source.contains(plain(words))) {
					fields.add("input.report.asks[" + i + "].text");
				}
			}
			if (!fields.isEmpty()) {
				throw new InvalidInputException(fields.get(0),
						"These asks' words are not in the text they were drafted from: " + fields
								+ ". Correct them to the document's words (white space aside), or omit `text`.",
						fields);
			}
		}
		return this.reports.record(report);
	}

	/**
	 * White space collapsed, list bullets and end-of-line hyphens dropped: how a PDF's
	 * words compare.
	 */
	private static String plain(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Layout.BULLETS.indexOf(c) >= 0) {
				space = true;
				continue;
			}
			if (space && out.length() > 0) {
				out.append(' ');
			}
			out.append(c);
			space = false;
		}
		return HYPHENATED.matcher(out).replaceAll("");
	}

}
