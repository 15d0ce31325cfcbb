package london.scrutiny.tracker.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;

import org.springframework.stereotype.Component;

/** Looks up the organisations a batch of records points at, in one query. */
@Component
public class Organisations {

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	public Organisations(OrganisationRepository organisations, PersonRepository people) {
		this.organisations = organisations;
		this.people = people;
	}

	public Optional<Organisation> byId(String id) {
		return this.organisations.findById(id);
	}

	/** Every organisation, for matching names against them all. */
	public List<Organisation> all() {
		return this.organisations.findAll();
	}

	/** Every person, for matching names against them all. */
	public List<Person> allPeople() {
		return this.people.findAll();
	}

	/** Maps each key to the organisation its id points at. */
	public <K> Map<K, Organisation> byIds(Collection<K> keys, Function<K, String> idOf) {
		return Batches.one(keys, idOf, this.organisations::findAllById, Organisation::id);
	}

	/**
	 * Maps each key to the organisations its ids point at, in the order it lists them.
	 */
	public <K> Map<K, List<Organisation>> allByIds(Collection<K> keys, Function<K, List<String>> idsOf) {
		return Batches.many(keys, idsOf, this.organisations::findAllById, Organisation::id);
	}

}
