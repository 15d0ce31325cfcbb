package london.scrutiny.tracker.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.response.Response;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what the index holds from the store: every searchable record for a full build, or
 * one record (and the records whose indexed facts it lends) after a write. An answer is
 * searchable only once its letter is stored, as everywhere else in the API.
 */
@Component
class SearchableRecords {

	/** The collections whose records search finds. */
	static final Set<String> COLLECTIONS = java.util.Arrays.stream(SearchKind.values())
		.map(SearchKind::collection)
		.collect(java.util.stream.Collectors.toSet());

	private final MongoTemplate mongo;

	SearchableRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Every searchable record, streamed from the store; documents' full texts are read
	 * one at a time, last.
	 */
	void all(Consumer<Searchable> sink) {
		Query withoutText = new Query();
		withoutText.fields().exclude("text");
		Map<String, SourceDocument> documents = new HashMap<>();
		this.mongo.find(withoutText, SourceDocument.class).forEach((d) -> documents.put(d.id(), d));
		Map<String, String> askReports = new HashMap<>();
		try (Stream<Ask> asks = this.mongo.stream(only("title", "text", "reportId", "number"), Ask.class)) {
			asks.forEach((ask) -> {
				askReports.put(ask.id(), ask.reportId());
				sink.accept(ask(ask, documents::get));
			});
		}
		Lookups lookups = new Lookups(documents::get, askReports::get);
		try (Stream<Response> responses = this.mongo.stream(only("text", "letterId", "askId"), Response.class)) {
			responses.map((r) -> response(r, lookups)).filter((s) -> s != null).forEach(sink);
		}
		try (Stream<Programme> programmes = this.mongo.stream(only("name", "aliases", "description"),
				Programme.class)) {
			programmes.map(SearchableRecords::programme).forEach(sink);
		}
		try (Stream<Evidence> evidence = this.mongo.stream(only("statement", "source", "askIds"), Evidence.class)) {
			evidence.map((e) -> evidence(e, lookups)).forEach(sink);
		}
		try (Stream<SourceDocument> full = this.mongo
			.stream(only("kind", "title", "reference", "text", "date", "inReplyTo"), SourceDocument.class)) {
			full.map(SearchableRecords::document).forEach(sink);
		}
	}

	/**
	 * All records, with only the fields the index reads: a full build maps no figures,
	 * funding lines or promises it would not use.
	 */
	private static Query only(String... fields) {
		Query query = new Query();
		query.fields().include(fields);
		// In batches a reply can hold whatever the records' size: the embedded server
		// otherwise answers a read of every letter's text in one reply (99 MB at 1000
		// times the seed), past what a driver accepts.
		return query.cursorBatchSize(Arrays.asList(fields).contains("text") ? TEXT_BATCH : BATCH);
	}

	/**
	 * Records read per reply in a full build; fewer when they carry a document's text.
	 */
	private static final int BATCH = 1000;

	private static final int TEXT_BATCH = 50;

	/**
	 * The record of that collection and id as the index should now hold it, or null when
	 * it is not stored or not searchable.
	 */
	Searchable one(String collection, String id) {
		Lookups lookups = new Lookups(this::documentWithoutText, this::reportOfAsk);
		return switch (collection) {
			case "asks" -> ifStored(Ask.class, id, (a) -> ask(a, lookups.documents));
			case "responses" -> ifStored(Response.class, id, (r) -> response(r, lookups));
			case "programmes" -> ifStored(Programme.class, id, SearchableRecords::programme);
			case "evidence" -> ifStored(Evidence.class, id, (e) -> evidence(e, lookups));
			case "documents" -> ifStored(SourceDocument.class, id, SearchableRecords::document);
			default -> null;
		};
	}

	/**
	 * The records whose indexed facts come from a document: a letter's answers (visible
	 * once it is stored, dated by it); on a change, a report's asks and the evidence
	 * citing it (dated by it).
	 */
	List<String> dependentsOfDocument(String documentId, boolean changed) {
		List<String> keys = new java.util.ArrayList<>();
		ids("responses", Criteria.where("letterId").is(documentId))
			.forEach((id) -> keys.add(Searchable.key("responses", id)));
		if (changed) {
			ids("asks", Criteria.where("reportId").is(documentId))
				.forEach((id) -> keys.add(Searchable.key("asks", id)));
			ids("evidence", Criteria.where("source.documentId").is(documentId))
				.forEach((id) -> keys.add(Searchable.key("evidence", id)));
		}
		return keys;
	}

	private List<String> ids(String collection, Criteria criteria) {
		Query query = new Query(criteria);
		query.fields().include("_id");
		return this.mongo.find(query, org.bson.Document.class, collection)
			.stream()
			.map((d) -> String.valueOf(d.get("_id")))
			.toList();
	}

	private <T> Searchable ifStored(Class<T> type, String id, Function<T, Searchable> convert) {
		T found = this.mongo.findById(id, type);
		return (found != null) ? convert.apply(found) : null;
	}

	private SourceDocument documentWithoutText(String id) {
		Query query = new Query(Criteria.where("_id").is(id));
		query.fields().exclude("text");
		return this.mongo.findOne(query, SourceDocument.class);
	}

	private String reportOfAsk(String askId) {
		Query query = new Query(Criteria.where("_id").is(askId));
		query.fields().include("reportId");
		org.bson.Document ask = this.mongo.findOne(query, org.bson.Document.class, "asks");
		return (ask != null) ? ask.getString("reportId") : null;
	}

	private static Searchable ask(Ask ask, Function<String, SourceDocument> documents) {
		SourceDocument report = documents.apply(ask.reportId());
		return new Searchable(SearchKind.RECOMMENDATION, ask.id(), SearchFields.of(ask), Set.of(ask.reportId()),
				(report != null) ? report.askedOn() : null);
	}

	private static Searchable response(Response response, Lookups lookups) {
		SourceDocument letter = lookups.documents.apply(response.letterId());
		if (letter == null) {
			return null;
		}
		String report = lookups.askReports.apply(response.askId());
		return new Searchable(SearchKind.RESPONSE, response.id(), SearchFields.of(response),
				(report != null) ? Set.of(report) : Set.of(), letter.date());
	}

	private static Searchable programme(Programme programme) {
		return new Searchable(SearchKind.PROGRAMME, programme.id(), SearchFields.of(programme), Set.of(), null);
	}

	private static Searchable evidence(Evidence evidence, Lookups lookups) {
		Set<String> reports = new LinkedHashSet<>();
		LocalDate date = null;
		SourceDocument cited = (evidence.source() != null && evidence.source().documentId() != null)
				? lookups.documents.apply(evidence.source().documentId()) : null;
		if (cited != null) {
			reports.addAll(reportsOf(cited));
			date = cited.date();
		}
		for (String askId : evidence.askIds()) {
			String report = lookups.askReports.apply(askId);
			if (report != null) {
				reports.add(report);
			}
		}
		return new Searchable(SearchKind.EVIDENCE, evidence.id(), SearchFields.of(evidence), reports, date);
	}

	private static Searchable document(SourceDocument document) {
		return new Searchable(SearchKind.of(document), document.id(), SearchFields.of(document), reportsOf(document),
				document.date());
	}

	/** A report belongs to itself; a letter to the reports it answers. */
	private static Set<String> reportsOf(SourceDocument document) {
		if (!document.isLetter()) {
			return Set.of(document.id());
		}
		return (document.inReplyTo() != null) ? new LinkedHashSet<>(document.inReplyTo().documentIds()) : Set.of();
	}

	/** Where the facts an indexed record borrows from others are looked up. */
	private record Lookups(Function<String, SourceDocument> documents, Function<String, String> askReports) {
	}

}
