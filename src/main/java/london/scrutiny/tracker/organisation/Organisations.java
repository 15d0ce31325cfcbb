package london.scrutiny.tracker.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;

import org.springframework.stereotype.Component;

/** Looks up the organisations a batch of records points at, in one query. */
@Component
public class Organisations {

	private final OrganisationRepository organisations;

	public Organisations(OrganisationRepository organisations) {
		this.organisations = organisations;
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
