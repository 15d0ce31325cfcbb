package london.scrutiny.tracker.importer;

import java.util.List;

/**
 * What the caller knows that the letter's text may not say: the report or meeting whose
 * asks it answers (drafted asks then carry ids {@code <reportId>/<number>}) and the
 * programmes to recognise.
 */
public record ImportHints(String reportId, List<KnownProgramme> programmes) {

	public ImportHints {
		programmes = (programmes == null) ? List.of() : List.copyOf(programmes);
	}

	/** No hints: asks are numbered but carry no id, and no programme is recognised. */
	public static ImportHints none() {
		return new ImportHints(null, List.of());
	}

	public ImportHints withReportId(String reportId) {
		return new ImportHints(reportId, this.programmes);
	}

	public ImportHints withProgrammes(List<KnownProgramme> programmes) {
		return new ImportHints(this.reportId, programmes);
	}

}
