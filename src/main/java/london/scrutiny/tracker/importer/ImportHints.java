package london.scrutiny.tracker.importer;

import java.util.List;

/**
 * What the caller knows that the letter's text may not say: the report or meeting whose
 * asks it answers (drafted asks then carry ids {@code <reportId>/<number>}), those asks
 * themselves when known (answers are then tied to them by number and wording, and the
 * ones left unanswered listed), and the programmes to recognise.
 */
public record ImportHints(String reportId, List<KnownProgramme> programmes, List<KnownAsk> asks) {

	public ImportHints {
		programmes = (programmes == null) ? List.of() : List.copyOf(programmes);
		asks = (asks == null) ? List.of() : List.copyOf(asks);
	}

	public ImportHints(String reportId, List<KnownProgramme> programmes) {
		this(reportId, programmes, List.of());
	}

	/** No hints: asks are numbered but carry no id, and no programme is recognised. */
	public static ImportHints none() {
		return new ImportHints(null, List.of(), List.of());
	}

	public ImportHints withReportId(String reportId) {
		return new ImportHints(reportId, this.programmes, this.asks);
	}

	public ImportHints withProgrammes(List<KnownProgramme> programmes) {
		return new ImportHints(this.reportId, programmes, this.asks);
	}

	public ImportHints withAsks(List<KnownAsk> asks) {
		return new ImportHints(this.reportId, this.programmes, asks);
	}

}
