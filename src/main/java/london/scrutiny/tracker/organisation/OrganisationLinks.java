package london.scrutiny.tracker.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The links to organisations and people: an organisation's parent, a role's organisation,
 * a party's person and organisation, and the themes of reports and asks; each loaded in
 * one batch.
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
		return Batches.one(keys, idOf, this.organisations::findAllById, Organisation::id);
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
		return Batches.one(parties, Party::personId, this.people::findAllById, Person::id);
	}

}
