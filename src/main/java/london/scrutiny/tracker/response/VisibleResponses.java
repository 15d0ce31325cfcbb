package london.scrutiny.tracker.response;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.ask.AsOfView;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A letter is written after its responses, so a response whose letter is not stored
 * belongs to a letter still being written (or whose write failed part-way and awaits its
 * retry): readers never see it. As of a date, only answers whose letters were sent by
 * then are seen ({@link AsOfView#sentBy}). The visible ones come oldest letter first.
 */
@Component
public class VisibleResponses {

	private final MongoTemplate mongo;

	public VisibleResponses(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The responses whose letters are stored, whatever their dates. */
	public List<Response> of(List<Response> responses) {
		return of(responses, null);
	}

	/**
	 * The responses whose letters were sent by the date each response is seen as of
	 * ({@code asOf} null: any date).
	 */
	public List<Response> of(List<Response> responses, Function<Response, LocalDate> asOf) {
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
			.filter((r) -> asOf == null || AsOfView.sentBy(date(sentOn.get(r.letterId())), asOf.apply(r)))
			.sorted(Comparator.comparing((Response r) -> sentOn.get(r.letterId())).thenComparing(Response::id))
			.toList();
	}

	private static LocalDate date(String stored) {
		return (stored == null || "null".equals(stored)) ? null : LocalDate.parse(stored);
	}

}
