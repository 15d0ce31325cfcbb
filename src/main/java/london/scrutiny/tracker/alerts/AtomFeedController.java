package london.scrutiny.tracker.alerts;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom 1.0 feeds of the newest alerts (at most 100): {@code /feeds/committees/{id}},
 * {@code /feeds/reports/{id}} and {@code /feeds/asks/{id}}. Each entry links to its ask's
 * own feed and to the export of the ask's answers, so a reader can go from an alert into
 * the API.
 */
@RestController
class AtomFeedController {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private final Alerts alerts;

	private final MongoTemplate mongo;

	AtomFeedController(Alerts alerts, MongoTemplate mongo) {
		this.alerts = alerts;
		this.mongo = mongo;
	}

	@GetMapping("/feeds/committees/{*id}")
	ResponseEntity<String> committee(@PathVariable String id) {
		return feed("committees", id, "organisations", new AlertFilter(strip(id), null, null, null));
	}

	@GetMapping("/feeds/reports/{*id}")
	ResponseEntity<String> report(@PathVariable String id) {
		return feed("reports", id, "documents", new AlertFilter(null, strip(id), null, null));
	}

	@GetMapping("/feeds/asks/{*id}")
	ResponseEntity<String> ask(@PathVariable String id) {
		return feed("asks", id, "asks", new AlertFilter(null, null, strip(id), null));
	}

	private ResponseEntity<String> feed(String kind, String path, String collection, AlertFilter filter) {
		String id = strip(path);
		if (!this.mongo.exists(new Query(Criteria.where("_id").is(id)), collection)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body("No " + kind.substring(0, kind.length() - 1) + " has the id '" + id + "'.\n");
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<AlertEvent> newest = this.alerts.newest(filter, Alerts.MAX_LISTED);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(atom(base, base + "/feeds/" + kind + "/" + id, "Alerts: " + id, newest));
	}

	static String atom(String base, String self, String title, List<AlertEvent> alerts) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			text(xml, "id", "urn:uuid:" + uuid(self));
			text(xml, "title", title);
			text(xml, "updated", iso(
					alerts.isEmpty() || alerts.get(0).createdAt() == null ? Instant.EPOCH : alerts.get(0).createdAt()));
			link(xml, "self", self, "application/atom+xml");
			xml.writeStartElement("author");
			text(xml, "name", "London Assembly accountability tracker");
			xml.writeEndElement();
			text(xml, "generator", "accountability-tracker");
			for (AlertEvent alert : alerts) {
				xml.writeStartElement("entry");
				text(xml, "id", entryId(alert.id()));
				text(xml, "title", alert.title());
				text(xml, "updated", iso((alert.createdAt() != null) ? alert.createdAt() : Instant.EPOCH));
				text(xml, "published", alert.occurredOn() + "T00:00:00Z");
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", alert.kind().name());
				link(xml, "alternate", base + "/feeds/asks/" + alert.askId(), "application/atom+xml");
				link(xml, "related", base + "/export/responses?recommendationId="
						+ URLEncoder.encode(alert.askId(), StandardCharsets.UTF_8) + "&format=csv", "text/csv");
				if (alert.summary() != null) {
					text(xml, "summary", alert.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write an Atom feed", ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters((text != null) ? text : "");
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String iso(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toString();
	}

	/**
	 * An alert's Atom entry id: a name-based UUID of its stable id, so it never changes.
	 */
	static String entryId(String alertId) {
		return "urn:uuid:" + uuid(alertId);
	}

	private static UUID uuid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static String strip(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

}
