package london.scrutiny.tracker.audit;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code AuditEntry}: the records before and after as MongoDB Extended
 * JSON.
 */
@Controller
class AuditEntryFields {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	@SchemaMapping(typeName = "AuditEntry")
	String actor(AuditEntry entry) {
		return entry.actorName();
	}

	@SchemaMapping(typeName = "AuditEntry")
	String tokenId(AuditEntry entry) {
		return entry.actorTokenId();
	}

	@SchemaMapping(typeName = "AuditEntry")
	String role(AuditEntry entry) {
		return entry.actorRole();
	}

	@SchemaMapping(typeName = "AuditEntry")
	String before(AuditEntry entry) {
		return json(entry.before());
	}

	@SchemaMapping(typeName = "AuditEntry")
	String after(AuditEntry entry) {
		return json(entry.after());
	}

	private static String json(Document document) {
		return (document != null) ? document.toJson(RELAXED) : null;
	}

}
