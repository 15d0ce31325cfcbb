package london.scrutiny.tracker.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The conditions of {@code search(filter:)}: any of these kinds, belonging to any of
 * these reports, dated from and to (inclusive).
 */
public record SearchFilter(List<SearchKind> kind, List<String> reportId, LocalDate from, LocalDate to) {

	static final SearchFilter NONE = new SearchFilter(null, null, null, null);

	public SearchFilter {
		kind = (kind != null) ? List.copyOf(kind) : List.of();
		reportId = (reportId != null) ? List.copyOf(reportId) : List.of();
	}

}
