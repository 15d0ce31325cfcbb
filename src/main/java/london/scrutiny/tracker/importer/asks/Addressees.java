package london.scrutiny.tracker.importer.asks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import london.scrutiny.tracker.importer.DraftParty;
import london.scrutiny.tracker.organisation.Organisation;
import london.scrutiny.tracker.organisation.Organisations;
import london.scrutiny.tracker.organisation.Person;

import org.springframework.stereotype.Component;

/**
 * Resolves a drafted party's words to the stored organisation and person they name: an
 * organisation by its name, short name or an alias ("the Met", "MPS", "LFC"), or by a
 * role its people are recorded holding ("the Deputy Mayor for Policing and Crime" is
 * MOPAC's, held by one person). Words that name nothing stored resolve to nothing: the
 * clerk picks. One query per collection per batch of parties.
 */
@Component
class Addressees {

	private final Organisations organisations;

	Addressees(Organisations organisations) {
		this.organisations = organisations;
	}

	/** What a party's words name; either part may be null. */
	record Match(String organisationId, String personId) {
	}

	<T> Map<DraftParty, T> resolve(List<DraftParty> parties, Function<Match, T> part) {
		Matcher matcher = new Matcher(this.organisations.all(), this.organisations.allPeople());
		Map<DraftParty, T> out = new LinkedHashMap<>();
		for (DraftParty party : parties) {
			out.put(party, part.apply(matcher.match(party)));
		}
		return out;
	}

	/** The stored names, indexed by their normalised words. */
	static final class Matcher {

		private final Map<String, Set<String>> organisationsByName = new HashMap<>();

		private final Map<String, Set<String>> organisationsByRole = new HashMap<>();

		private final Map<String, Set<String>> peopleByRole = new HashMap<>();

		Matcher(List<Organisation> organisations, List<Person> people) {
			for (Organisation organisation : organisations) {
				index(this.organisationsByName, organisation.name(), organisation.id());
				index(this.organisationsByName, organisation.shortName(), organisation.id());
				organisation.aliases().forEach((alias) -> index(this.organisationsByName, alias, organisation.id()));
			}
			for (Person person : people) {
				for (Person.Role role : person.roles()) {
					index(this.peopleByRole, role.title(), person.id());
					if (role.organisationId() != null) {
						index(this.organisationsByRole, role.title(), role.organisationId());
					}
				}
			}
		}

		private static void index(Map<String, Set<String>> index, String words, String id) {
			if (words != null && !key(words).isEmpty()) {
				index.computeIfAbsent(key(words), (k) -> new LinkedHashSet<>()).add(id);
			}
		}

		Match match(DraftParty party) {
			String organisation = null;
			String person = null;
			for (String words : candidates(party.organisation())) {
				organisation = one(this.organisationsByName.get(key(words)));
				if (organisation != null) {
					break;
				}
			}
			for (String words : candidates(party.role())) {
				person = one(this.peopleByRole.get(key(words)));
				String byRole = one(this.organisationsByRole.get(key(words)));
				String byName = one(this.organisationsByName.get(key(words)));
				if (organisation == null) {
					organisation = (byRole != null) ? byRole : byName;
				}
				if (person != null || organisation != null) {
					break;
				}
			}
			return new Match(organisation, person);
		}

		/** The words, and for "London Fire Brigade (LFB)" each of the two names. */
		private static List<String> candidates(String words) {
			if (words == null) {
				return List.of();
			}
			int open = words.indexOf('(');
			int close = words.indexOf(')', open + 1);
			if (open > 0 && close > open) {
				return List.of(words, words.substring(0, open), words.substring(open + 1, close));
			}
			return List.of(words);
		}

		private static String one(Set<String> ids) {
			return (ids != null && ids.size() == 1) ? ids.iterator().next() : null;
		}

		static String key(String words) {
			String key = words.toLowerCase(Locale.ROOT)
				.replace('’', '\'')
				.replaceAll("[^\\p{L}\\p{N}' ]", " ")
				.replaceAll(" +", " ")
				.strip();
			return key.startsWith("the ") ? key.substring(4) : key;
		}

	}

}
