package london.scrutiny.tracker.report;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.document.DocumentKind;

/** The conditions of {@code reports(filter:)}. */
public record ReportFilter(List<DocumentKind> kind, String text, LocalDate publishedFrom, LocalDate publishedTo,
		String authorId) {
}
