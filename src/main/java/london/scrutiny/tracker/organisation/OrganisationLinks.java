package london.scrutiny.tracker.organisation;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.support.Batches;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The links to organisations and people: an organisation's parent, a role's organisation,
 * a party's person and organisation, and the themes of reports and asks; each loaded in
 * one batch.
 */
@Controller
class OrganisationLinks {

	private final Organisations organisations;

	private final PersonRepository people;

	OrganisationLinks(Organisations organisations, PersonRepository people) {
		this.organisations = organisations;
		this.people = people;
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Organisation> parent(List<Organisation> children) {
		return this.organisations.byIds(children, Organisation::parentId);
	}

	@BatchMapping(typeName = "Role")
	Map<Person.Role, Organisation> organisation(List<Person.Role> roles) {
		return this.organisations.byIds(roles, Person.Role::organisationId);
	}

	@BatchMapping(typeName = "Party", field = "organisation")
	Map<Party, Organisation> partyOrganisation(List<Party> parties) {
		return this.organisations.byIds(parties, Party::organisationId);
	}

	@BatchMapping(typeName = "Party", field = "person")
	Map<Party, Person> partyPerson(List<Party> parties) {
		return Batches.one(parties, Party::personId, this.people::findAllById, Person::id);
	}

}
