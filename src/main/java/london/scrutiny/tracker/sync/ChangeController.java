package london.scrutiny.tracker.sync;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code changes} query and the fields of {@code Change}. */
@Controller
class ChangeController {

	/** Relaxed Extended JSON: plain JSON numbers and strings, dates as {"$date": ISO}. */
	static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private final ChangeFeed feed;

	ChangeController(ChangeFeed feed) {
		this.feed = feed;
	}

	@QueryMapping
	ChangePage changes(@Argument String after, @Argument Integer first) {
		return this.feed.after(after, first);
	}

	@SchemaMapping(typeName = "Change")
	String record(Change change) {
		Document record = change.record();
		return (record != null) ? record.toJson(RELAXED) : null;
	}

}
