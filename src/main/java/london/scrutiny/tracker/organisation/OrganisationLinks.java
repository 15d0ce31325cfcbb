package london.scrutiny.tracker.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The links to organisations and people: an organisation's parent, a role's organisation, a party's
 * person and organisation, and the themes of reports and asks; each loaded in one batch.
 */
@Controller
public class OrganisationLinks {

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	public OrganisationLinks(OrganisationRepository organisations, PersonRepository people) {
		this.organisations = organisations;
		this.people = people;
	}

	/** Maps each key to the organisation its id points at, in one query. */
	public <K> Map<K, Organisation> byIds(Collection<K> keys, Function<K, String> idOf) {
		List<String> ids = keys.stream().map(idOf).filter(Objects::nonNull).distinct().toList();
		Map<String, Organisation> found = this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return keys.stream()
			.filter((k) -> idOf.apply(k) != null && found.containsKey(idOf.apply(k)))
			.collect(Collectors.toMap(Function.identity(), (k) -> found.get(idOf.apply(k)), (a, b) -> a));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Organisation> parent(List<Organisation> children) {
		return byIds(children, Organisation::parentId);
	}

	@BatchMapping(typeName = "Role")
	Map<Person.Role, Organisation> organisation(List<Person.Role> roles) {
		return byIds(roles, Person.Role::organisationId);
	}

	@BatchMapping(typeName = "Party", field = "organisation")
	Map<Party, Organisation> partyOrganisation(List<Party> parties) {
		return byIds(parties, Party::organisationId);
	}

	@BatchMapping(typeName = "Party", field = "person")
	Map<Party, Person> partyPerson(List<Party> parties) {
		List<String> ids = parties.stream().map(Party::personId).filter(Objects::nonNull).distinct().toList();
		Map<String, Person> found = this.people.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return parties.stream()
			.filter((p) -> p.personId() != null && found.containsKey(p.personId()))
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.personId()), (a, b) -> a));
	}

}
