package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text names known programmes, by name or alias, case-insensitively and on
 * word boundaries. Two refinements keep it honest: a one-word name with a capital
 * ("Pathway", "Beacon") must keep its capital, since case is all that tells the programme
 * from the verb or the noun; and where names overlap, the longest wins ("Tenant Action
 * Plan" rather than the "Action Plan" inside it).
 */
final class ProgrammeMatcher {

	private final List<Surface> surfaces;

	ProgrammeMatcher(List<KnownProgramme> programmes) {
		List<Surface> all = new ArrayList<>();
		for (KnownProgramme programme : programmes) {
			add(all, programme, programme.name(), true);
			for (String alias : programme.aliases()) {
				add(all, programme, alias, false);
			}
		}
		this.surfaces = List.copyOf(all);
	}

	/** One name of a programme and the pattern that finds it. */
	private record Surface(KnownProgramme programme, String words, boolean isName, Pattern pattern) {
	}

	/** A programme named in the text at {@code [start, end)}. */
	record Match(int start, int end, KnownProgramme programme, String words, boolean byName) {
	}

	boolean isEmpty() {
		return this.surfaces.isEmpty();
	}

	/** Every programme named in {@code text}, left to right, none overlapping. */
	List<Match> find(String text) {
		List<Match> all = new ArrayList<>();
		for (Surface surface : this.surfaces) {
			Matcher match = surface.pattern().matcher(text);
			while (match.find()) {
				all.add(new Match(match.start(), match.end(), surface.programme(), surface.words(), surface.isName()));
			}
		}
		all.sort(Comparator.comparingInt((Match m) -> m.start() - m.end())
			.thenComparing((Match m) -> !m.byName())
			.thenComparingInt(Match::start));
		List<Match> kept = new ArrayList<>();
		for (Match match : all) {
			if (kept.stream().noneMatch((k) -> k.start() < match.end() && match.start() < k.end())) {
				kept.add(match);
			}
		}
		kept.sort(Comparator.comparingInt(Match::start));
		return kept;
	}

	/**
	 * How much a match says: a full name more than a short alias such as "the Plan" or
	 * "LPB".
	 */
	static Confidence confidence(Match match) {
		if (match.byName() && Markup.words(match.words()) > 1) {
			return Confidence.of(0.9, "names the programme");
		}
		if (isShort(match.words())) {
			return Confidence.of(0.6,
					"matches the short name \"" + match.words() + "\", which may mean something else here");
		}
		return Confidence.of(match.byName() ? 0.8 : 0.75,
				"matches the " + (match.byName() ? "name" : "alias") + " \"" + match.words() + "\"");
	}

	private static boolean isShort(String words) {
		String stripped = words.strip();
		return Markup.words(stripped) == 1 || stripped.matches("(?i)^the\\s+\\S+$");
	}

	private static void add(List<Surface> all, KnownProgramme programme, String words, boolean isName) {
		if (words == null || words.strip().length() < 2) {
			return;
		}
		String stripped = words.strip();
		List<String> parts = new ArrayList<>();
		for (String part : stripped.split("\\s+")) {
			// Letters write the same apostrophe straight or curly.
			parts.add(Pattern.quote(part).replaceAll("['’‘]", "\\\\E['’‘]\\\\Q"));
		}
		// A plural or possessive ending is still the name: "Pathways", "the Fund's".
		String regex = "(?<![\\p{L}\\p{N}])" + String.join("\\s+", parts) + "(?:['’]?s)?(?![\\p{L}\\p{N}])";
		boolean keepCase = Markup.words(stripped) == 1 && !stripped.equals(stripped.toLowerCase(java.util.Locale.ROOT));
		int flags = keepCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		all.add(new Surface(programme, stripped, isName, Pattern.compile(regex, flags)));
	}

}
