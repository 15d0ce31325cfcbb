package london.scrutiny.tracker.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;
import london.scrutiny.tracker.support.RequestMemo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Looks up the programmes a batch of records names, in one query: the lookup other
 * features use.
 */
@Component
public class Programmes {

	/**
	 * A programme's longest stored fields, each shown by the schema field of the same
	 * name and by nothing else: a query that never names one leaves it unread (a
	 * programme's quoted sources are most of its size, and a list of asks or evidence
	 * usually shows only the programmes' names).
	 */
	static final List<String> READ_WHEN_NAMED = List.of("sources", "aliases");

	private final MongoTemplate mongo;

	public Programmes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The programmes with the given ids (those that exist), whole. */
	public List<Programme> byIds(Collection<String> ids) {
		return read(ids, null);
	}

	/** Every programme, whole: for matching names against them all. */
	public List<Programme> all() {
		return this.mongo.findAll(Programme.class);
	}

	/**
	 * Maps each key to the programmes its ids name, in the order it names them; within a
	 * query (its request context given), without the fields it does not ask for.
	 */
	public <K> Map<K, List<Programme>> named(Collection<K> keys, Function<K, List<String>> idsOf,
			Object requestContext) {
		return Batches.many(keys, idsOf, (ids) -> read(ids, requestContext), Programme::id);
	}

	/** Outside a query (no request context), every field is read. */
	private List<Programme> read(Collection<String> ids, Object requestContext) {
		Query query = new Query(Criteria.where("_id").in(ids));
		READ_WHEN_NAMED.stream()
			.filter((field) -> !RequestMemo.mayRead(requestContext, field))
			.forEach((field) -> query.fields().exclude(field));
		return this.mongo.find(query, Programme.class);
	}

}
