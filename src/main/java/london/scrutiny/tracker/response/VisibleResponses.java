package london.scrutiny.tracker.response;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A letter is written after its responses, so a response whose letter is not stored
 * belongs to a letter still being written (or whose write failed part-way and awaits its
 * retry): readers never see it. The visible ones come oldest letter first.
 */
@Component
public class VisibleResponses {

	private final MongoTemplate mongo;

	public VisibleResponses(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Response> of(List<Response> responses) {
		if (responses.isEmpty()) {
			return responses;
		}
		Query letters = new Query(
				Criteria.where("_id").in(responses.stream().map(Response::letterId).distinct().toList()));
		letters.fields().include("_id").include("date");
		Map<String, String> sentOn = new HashMap<>();
		this.mongo.find(letters, Document.class, "documents")
			.forEach((d) -> sentOn.put(String.valueOf(d.get("_id")), String.valueOf(d.get("date"))));
		return responses.stream()
			.filter((r) -> sentOn.containsKey(r.letterId()))
			.sorted(Comparator.comparing((Response r) -> sentOn.get(r.letterId())).thenComparing(Response::id))
			.toList();
	}

}
