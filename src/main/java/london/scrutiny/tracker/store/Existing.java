package london.scrutiny.tracker.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Which of the ids an input refers to are not stored: one query per collection. */
@Component
public class Existing {

	private final MongoTemplate mongo;

	public Existing(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Set<String> missing(String collection, Collection<String> ids) {
		Set<String> wanted = new LinkedHashSet<>();
		ids.stream().filter(Objects::nonNull).forEach(wanted::add);
		if (wanted.isEmpty()) {
			return Set.of();
		}
		Query query = new Query(Criteria.where("_id").in(wanted));
		query.fields().include("_id");
		Set<String> found = new HashSet<>();
		this.mongo.find(query, Document.class, collection).forEach((d) -> found.add(String.valueOf(d.get("_id"))));
		wanted.removeAll(found);
		return wanted;
	}

}
