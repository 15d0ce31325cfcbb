package london.scrutiny.tracker.importer.asks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test corpus of real documents (reports, inspections, minutes and letters, excerpts
 * as found) with their hand-labelled truth, read from the test resources.
 */
final class CorpusTruth {

	static final List<String> NAMES = List.of("01-pcc-summary-actions-2021-02", "02-pcc-qa-minutes-undertook-2019",
			"03-frep-london-safety-plan-requests", "04-tc-transport-future-requests",
			"05-wilts-pcp-special-meeting-2013", "06-gla-mqt-written-answers-2016-05",
			"07-mps-midland-recommendations-response-2021", "08-homesec-letter-commissioner-larimar-2021",
			"09-ho-hasc-covering-letter-2019", "10-mps-hac-supplementary-notes-2002",
			"11-la-fire-committee-lfc-priorities", "12-hac-policing-future-conclusions-2018",
			"13-clg-fire-rescue-conclusions-2006", "14-hmicfrs-lfb-effectiveness-afis-2022");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CorpusTruth() {
	}

	record Doc(String name, String text, JsonNode truth) {

		String kind() {
			return this.truth.path("kind").asString();
		}

	}

	/** The corpus documents of the given kinds (minutes, report, letter). */
	static List<Doc> of(String... kinds) {
		List<Doc> docs = new ArrayList<>();
		for (String name : NAMES) {
			JsonNode truth = JSON.readTree(resource(name + ".truth.json"));
			for (String kind : kinds) {
				if (kind.equals(truth.path("kind").asString())) {
					docs.add(new Doc(name, resource(name + ".txt"), truth));
				}
			}
		}
		return docs;
	}

	static String resource(String file) {
		try (InputStream in = CorpusTruth.class.getResourceAsStream("/intake-corpus/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing test corpus file " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Text as the corpus README says to compare it: white space collapsed, quote marks
	 * and dashes made plain, lower case.
	 */
	static String normal(String text) {
		if (text == null) {
			return "";
		}
		return text.replace('’', '\'')
			.replace('‘', '\'')
			.replace('“', '"')
			.replace('”', '"')
			.replace('–', '-')
			.replace('—', '-')
			.replace('\uF0B7', ' ')
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

}
