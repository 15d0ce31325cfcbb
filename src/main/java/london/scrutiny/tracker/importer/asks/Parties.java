package london.scrutiny.tracker.importer.asks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who is named as doing or being asked to do something: the body or office-holder
 * written as the subject of a clause ("the Deputy Commissioner, MPS, undertook to", "LFB
 * should", "We recommend that the Government ...") or after "from" and "to" in a lead-in.
 * A party is a run of capitalised words, acronyms and the nouns bodies are called by
 * ("the brigade", "the service"), joined by "of", "for", "and" and "the", that starts a
 * clause: "the FRS" in "Further regionalisation of the FRS should" is not the subject, so
 * it is not taken.
 */
final class Parties {

	private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&");

	/** The common nouns bodies and office-holders are called by. */
	private static final Set<String> HEADS = Set.of("brigade", "service", "services", "force", "forces", "government",
			"committee", "panel", "council", "councils", "authority", "authorities", "board", "department", "office",
			"inspectorate", "commissioner", "mayor", "chair", "chairman", "executive", "partnership", "ministry",
			"secretary", "minister", "police", "constables", "commissioners", "trust", "agency", "officers");

	/** Roles rather than bodies: the head of the phrase names a post. */
	private static final Set<String> ROLES = Set.of("commissioner", "mayor", "chair", "chairman", "secretary",
			"minister", "director", "officer", "constable", "constables", "commissioners", "chief", "deputy",
			"executive", "head", "leader", "clerk", "inspector");

	/** Capitalised words that start a sentence without naming anyone. */
	private static final Set<String> NOT_NAMES = Set.of("it", "this", "that", "these", "those", "there", "we", "they",
			"he", "she", "i", "you", "our", "their", "his", "her", "its", "each", "every", "all", "any", "some",
			"further", "such", "a", "an", "in", "by", "during", "since", "recent", "many", "most", "if", "when",
			"where", "while", "although", "however", "also", "both", "no", "not", "one", "new");

	private static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "whether", "so", "then", "also",
			"where", "when", "which", "who");

	private static final Pattern DIRECTIVE = Pattern.compile(
			"\\b(?:should|must|needs to|need to|ought to|(?:is|are) (?:asked|urged|expected|invited|required) to|to consider)\\b");

	private static final Pattern ASKING_VERB = Pattern.compile(
			"\\b(?:recommends?|recommended|recommend|urges?|calls? (?:on|upon)|asks?|encourages?|invites?)\\s+(?:that\\s+)?");

	private Parties() {
	}

	/**
	 * The party written just before {@code end} as the subject of a clause, or null.
	 */
	static String before(String text, int end) {
		String[] tokens = text.substring(0, end).strip().split(" ");
		int first = tokens.length;
		String right = null;
		for (int i = tokens.length - 1; i >= 0; i--) {
			String token = tokens[i];
			if (token.isEmpty()) {
				break;
			}
			boolean comma = token.endsWith(",");
			String core = core(token);
			if (comma && i != tokens.length - 1 && !(isAcronym(core) || (right != null && isAcronym(right)))) {
				break;
			}
			if (!allowed(core)) {
				break;
			}
			first = i;
			right = core;
		}
		if (first == tokens.length) {
			return null;
		}
		if (first > 0) {
			String left = tokens[first - 1];
			char last = left.isEmpty() ? '.' : left.charAt(left.length() - 1);
			if (",;:.(".indexOf(last) < 0 && !CLAUSE_WORDS.contains(left.toLowerCase(Locale.ROOT))) {
				return null;
			}
		}
		return phrase(tokens, first, tokens.length);
	}

	/**
	 * The party written from {@code start} on ("the London Fire Commissioner:"), or null.
	 */
	static String after(String text, int start) {
		String[] tokens = text.substring(start).strip().split(" ");
		int end = 0;
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			String core = core(token);
			if (core.isEmpty() || !allowed(core)) {
				break;
			}
			end = i + 1;
			char last = token.charAt(token.length() - 1);
			if (last == ',' && i + 1 < tokens.length && isAcronym(core(tokens[i + 1]))) {
				continue;
			}
			if (",;:.)".indexOf(last) >= 0) {
				break;
			}
		}
		while (end > 0 && CONNECTORS.contains(core(tokens[end - 1]).toLowerCase(Locale.ROOT))) {
			end--;
		}
		return (end == 0) ? null : phrase(tokens, 0, end);
	}

	/**
	 * Everyone an item asks something of: the subjects of "should", "must" and "needs
	 * to", and the objects of "we recommend that", "urges" and "calls on".
	 */
	static List<String> askedOf(String text) {
		Map<String, String> found = new LinkedHashMap<>();
		Matcher directive = DIRECTIVE.matcher(text);
		while (directive.find()) {
			add(found, before(text, directive.start()));
		}
		Matcher asking = ASKING_VERB.matcher(text);
		while (asking.find()) {
			add(found, after(text, asking.end()));
		}
		return new ArrayList<>(found.values());
	}

	static void add(Map<String, String> found, String party) {
		if (party != null) {
			found.putIfAbsent(key(party), party);
		}
	}

	/** Lower case, without a leading "the" or punctuation: how two spellings compare. */
	static String key(String party) {
		String key = party.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
		if (key.startsWith("the ")) {
			key = key.substring(4);
		}
		return key.replaceAll(" +", " ");
	}

	/** Whether the phrase names a post ("the Deputy Commissioner") rather than a body. */
	static boolean isRole(String phrase) {
		String[] words = phrase.split("[ ,]+");
		for (String word : words) {
			if (ROLES.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static String phrase(String[] tokens, int from, int to) {
		int start = from;
		while (start < to && CONNECTORS.contains(core(tokens[start]).toLowerCase(Locale.ROOT))
				&& !core(tokens[start]).equalsIgnoreCase("the")) {
			start++;
		}
		boolean named = false;
		for (int i = start; i < to; i++) {
			String core = core(tokens[i]);
			String lower = core.toLowerCase(Locale.ROOT);
			if (!CONNECTORS.contains(lower)) {
				if (NOT_NAMES.contains(lower)) {
					return null;
				}
				named = true;
			}
		}
		if (!named) {
			return null;
		}
		String joined = String.join(" ", java.util.Arrays.copyOfRange(tokens, start, to)).strip();
		while (!joined.isEmpty() && ",;:.(".indexOf(joined.charAt(joined.length() - 1)) >= 0) {
			joined = joined.substring(0, joined.length() - 1).strip();
		}
		return joined.isEmpty() ? null : joined;
	}

	private static boolean allowed(String core) {
		if (core.isEmpty()) {
			return false;
		}
		String lower = core.toLowerCase(Locale.ROOT);
		if (CONNECTORS.contains(lower) || HEADS.contains(lower)) {
			return true;
		}
		return Character.isUpperCase(core.codePointAt(0)) && !NOT_NAMES.contains(lower);
	}

	private static boolean isAcronym(String core) {
		if (core.length() < 2) {
			return false;
		}
		int upper = 0;
		for (int i = 0; i < core.length(); i++) {
			if (Character.isUpperCase(core.charAt(i))) {
				upper++;
			}
			else if (Character.isLetter(core.charAt(i))) {
				return false;
			}
		}
		return upper >= 2;
	}

	private static String core(String token) {
		int from = 0;
		int to = token.length();
		while (from < to && "(\"“‘'".indexOf(token.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && ",;:.)\"”’'".indexOf(token.charAt(to - 1)) >= 0) {
			to--;
		}
		String core = token.substring(from, to);
		if (core.endsWith("’s") || core.endsWith("'s")) {
			core = core.substring(0, core.length() - 2);
		}
		return core;
	}

}
