package london.scrutiny.tracker.importer;

import java.util.List;

/**
 * The letter's answer to one ask. {@code askNumber} is the ask's number and
 * {@code askReference} its printed identifier where it has one ("2016/1327" for a
 * question); either may be null, not both. {@code text} is the passage as a reader sees
 * it: page furniture dropped, emphasis marks removed, a sentence broken by a page break
 * joined again. {@code quote} is its first paragraph exactly as in the input.
 * {@code programmeIds} are the known programmes the passage names.
 */
public record DraftResponse(Integer askNumber, String askReference, String askId, String text, String quote,
		String locator, List<String> programmeIds, Confidence confidence) {

	public DraftResponse {
		programmeIds = List.copyOf(programmeIds);
	}

}
