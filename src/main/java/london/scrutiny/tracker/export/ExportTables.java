package london.scrutiny.tracker.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AskAt;
import london.scrutiny.tracker.ask.AskStatus;
import london.scrutiny.tracker.ask.RecommendationFilter;
import london.scrutiny.tracker.ask.RecommendationService;
import london.scrutiny.tracker.ask.StatusService;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceFilter;
import london.scrutiny.tracker.evidence.EvidenceService;
import london.scrutiny.tracker.letter.LetterFilter;
import london.scrutiny.tracker.letter.LetterService;
import london.scrutiny.tracker.organisation.Party;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.programme.ProgrammeFilter;
import london.scrutiny.tracker.programme.ProgrammeService;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.NotFoundException;
import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Period;
import london.scrutiny.tracker.support.UpdatedSince;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The five exports: for each, the documented column set, and the query built by the
 * service behind the matching GraphQL list, so an export holds what the list holds, in
 * the list's order.
 */
@Component
class ExportTables {

	/** The kinds, as they appear in {@code /export/{kind}}. */
	static final List<String> KINDS = List.of("asks", "letters", "responses", "programmes", "evidence");

	/** Asks whose status is computed together: one set of status queries per batch. */
	static final int STATUS_BATCH = 100;

	private final MongoTemplate mongo;

	private final RecommendationService asks;

	private final StatusService status;

	private final LetterService letters;

	private final ProgrammeService programmes;

	private final EvidenceService evidence;

	ExportTables(MongoTemplate mongo, RecommendationService asks, StatusService status, LetterService letters,
			ProgrammeService programmes, EvidenceService evidence) {
		this.mongo = mongo;
		this.asks = asks;
		this.status = status;
		this.letters = letters;
		this.programmes = programmes;
		this.evidence = evidence;
	}

	ExportTable table(String kind, ExportParams params) {
		return switch (kind) {
			case "asks" -> asks(params);
			case "letters" -> letters(params);
			case "responses" -> responses(params);
			case "programmes" -> programmes(params);
			case "evidence" -> evidence(params);
			default -> throw new NotFoundException("kind",
					"No export is called '" + kind + "'. The exports are " + String.join(", ", KINDS) + ".");
		};
	}

	/** The column set of each export, in order (documented in the README). */
	static List<String> columns(String kind) {
		return switch (kind) {
			case "asks" -> Column.names(ASK_COLUMNS);
			case "letters" -> Column.names(LETTER_COLUMNS);
			case "responses" -> Column.names(RESPONSE_COLUMNS);
			case "programmes" -> Column.names(PROGRAMME_COLUMNS);
			default -> Column.names(FIGURE_COLUMNS);
		};
	}

	// Asks, with their status as of a date.

	record AskRow(Ask ask, AskStatus status, Document stored) {
	}

	static final List<Column<AskRow>> ASK_COLUMNS = List.of(Column.of("id", (r) -> r.ask().id()),
			Column.of("reportId", (r) -> r.ask().reportId()), Column.of("number", (r) -> r.ask().number()),
			Column.of("kind", (r) -> r.ask().kind()), Column.of("title", (r) -> r.ask().title()),
			Column.of("text", (r) -> r.ask().text()), Column.of("addresseeIds", (r) -> r.ask().addresseeIds()),
			Column.of("themes", (r) -> r.ask().themes()), Column.of("asOf", (r) -> r.status().asOf()),
			Column.of("responseDueOn", (r) -> r.status().responseDueOn()),
			Column.of("responseStatus", (r) -> r.status().responseStatus()),
			Column.of("firstAnsweredOn", (r) -> r.status().firstAnsweredOn()),
			Column.of("daysLate", (r) -> r.status().daysLate()), Column.of("position", (r) -> r.status().position()),
			Column.of("implementation", (r) -> r.status().implementation()),
			Column.of("deadline", (r) -> date(r.status().deadline())),
			Column.of("deadlineText", (r) -> text(r.status().deadline())),
			Column.of("deadlineStatus", (r) -> r.status().deadlineStatus()),
			Column.of("daysToDeadline", (r) -> r.status().daysToDeadline()),
			Column.of("createdAt", (r) -> r.stored().get(Writes.CREATED_AT)),
			Column.of("updatedAt", (r) -> r.stored().get(Writes.UPDATED_AT)));

	private ExportTable asks(ExportParams params) {
		params.checkKnown(RecommendationFilter.class, "asOf");
		LocalDate asOf = (params.date("asOf") != null) ? params.date("asOf") : this.status.today();
		Query query = this.asks.query(params.filter(RecommendationFilter.class), asOf, params.instant("updatedSince"))
			.with(stored(RecommendationService.ORDER));
		return new ExportTable("asks", Column.names(ASK_COLUMNS), "asks", query, (records, sink) -> {
			List<Document> batch = new ArrayList<>(STATUS_BATCH);
			records.forEach((record) -> {
				batch.add(record);
				if (batch.size() == STATUS_BATCH) {
					askRows(batch, asOf, sink);
				}
			});
			askRows(batch, asOf, sink);
		});
	}

	private void askRows(List<Document> batch, LocalDate asOf, Consumer<Map<String, Object>> sink) {
		List<Ask> read = batch.stream().map((d) -> this.mongo.getConverter().read(Ask.class, d)).toList();
		Map<AskAt, AskStatus> statuses = this.status.statuses(read,
				read.stream().map((a) -> new AskAt(a.id(), asOf)).toList());
		for (int i = 0; i < read.size(); i++) {
			Ask ask = read.get(i);
			sink.accept(
					Column.row(ASK_COLUMNS, new AskRow(ask, statuses.get(new AskAt(ask.id(), asOf)), batch.get(i))));
		}
		batch.clear();
	}

	// Letters.

	record LetterRow(SourceDocument letter, Document stored) {
	}

	static final List<Column<LetterRow>> LETTER_COLUMNS = List.of(Column.of("id", (r) -> r.letter().id()),
			Column.of("reference", (r) -> r.letter().reference()), Column.of("sentOn", (r) -> r.letter().date()),
			Column.of("title", (r) -> r.letter().title()),
			Column.of("fromName", (r) -> (r.letter().author() != null) ? r.letter().author().name() : null),
			Column.of("fromRole", (r) -> (r.letter().author() != null) ? r.letter().author().role() : null),
			Column.of("to", (r) -> r.letter().recipients().stream().map(Party::name).toList()),
			Column.of("repliesTo",
					(r) -> (r.letter().inReplyTo() != null) ? r.letter().inReplyTo().documentIds() : null),
			Column.of("inReplyToDate", (r) -> (r.letter().inReplyTo() != null) ? r.letter().inReplyTo().date() : null),
			Column.of("inReplyToHow", (r) -> (r.letter().inReplyTo() != null) ? r.letter().inReplyTo().how() : null),
			Column.of("daysToRespond", (r) -> daysToRespond(r.letter())),
			Column.of("acknowledgesDelay", (r) -> Boolean.TRUE.equals(r.letter().acknowledgesDelay())),
			Column.of("createdAt", (r) -> r.stored().get(Writes.CREATED_AT)),
			Column.of("updatedAt", (r) -> r.stored().get(Writes.UPDATED_AT)));

	private ExportTable letters(ExportParams params) {
		params.checkKnown(LetterFilter.class);
		Query query = this.letters.query(params.filter(LetterFilter.class), params.instant("updatedSince"))
			.with(stored(LetterService.NEWEST_FIRST));
		query.fields().exclude("text");
		return mapped("letters", LETTER_COLUMNS, "documents", query, SourceDocument.class, LetterRow::new);
	}

	private static Integer daysToRespond(SourceDocument letter) {
		if (letter.inReplyTo() == null || letter.inReplyTo().date() == null || letter.date() == null) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(letter.inReplyTo().date(), letter.date());
	}

	// Responses: one letter's answer to one ask.

	/** The conditions of the responses export. */
	record ResponseFilter(String letterId, String recommendationId, String programmeId, String evidenceId) {
	}

	record ResponseRow(Response response, Document stored) {
	}

	static final List<Column<ResponseRow>> RESPONSE_COLUMNS = List.of(Column.of("id", (r) -> r.response().id()),
			Column.of("recommendationId", (r) -> r.response().askId()),
			Column.of("letterId", (r) -> r.response().letterId()), Column.of("text", (r) -> r.response().text()),
			Column.of("locator", (r) -> (r.response().source() != null) ? r.response().source().locator() : null),
			Column.of("commitments",
					(r) -> r.response().commitments().stream().map(Response.Commitment::text).toList()),
			Column.of("commitmentsDue",
					(r) -> r.response()
						.commitments()
						.stream()
						.map((c) -> (c.due() != null && c.due().date() != null) ? c.due().date().toString() : "")
						.toList()),
			Column.of("programmeIds", (r) -> r.response().programmeIds()),
			Column.of("evidenceIds", (r) -> r.response().evidenceIds()),
			Column.of("createdAt", (r) -> r.stored().get(Writes.CREATED_AT)),
			Column.of("updatedAt", (r) -> r.stored().get(Writes.UPDATED_AT)));

	private ExportTable responses(ExportParams params) {
		params.checkKnown(ResponseFilter.class);
		ResponseFilter filter = params.filter(ResponseFilter.class);
		List<Criteria> all = new ArrayList<>();
		if (filter.letterId() != null) {
			all.add(Criteria.where("letterId").is(filter.letterId()));
		}
		if (filter.recommendationId() != null) {
			all.add(Criteria.where("askId").is(filter.recommendationId()));
		}
		if (filter.programmeId() != null) {
			all.add(Criteria.where("programmeIds").is(filter.programmeId()));
		}
		if (filter.evidenceId() != null) {
			all.add(Criteria.where("evidenceIds").is(filter.evidenceId()));
		}
		Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		Query query = UpdatedSince.query(criteria, params.instant("updatedSince"))
			.with(Sort.by("letterId", "askId", "_id"));
		return mapped("responses", RESPONSE_COLUMNS, "responses", query, Response.class, ResponseRow::new);
	}

	// Programmes.

	record ProgrammeRow(Programme programme, Document stored) {
	}

	static final List<Column<ProgrammeRow>> PROGRAMME_COLUMNS = List.of(Column.of("id", (r) -> r.programme().id()),
			Column.of("name", (r) -> r.programme().name()), Column.of("kind", (r) -> r.programme().kind()),
			Column.of("aliases", (r) -> r.programme().aliases()), Column.of("ownerId", (r) -> r.programme().ownerId()),
			Column.of("status", (r) -> r.programme().status()),
			Column.of("startedOn", (r) -> date(r.programme().startedOn())),
			Column.of("places", (r) -> r.programme().places()),
			Column.of("providers", (r) -> r.programme().providers()),
			Column.of("funding", (r) -> r.programme().funding().stream().map(ExportTables::funding).toList()),
			Column.of("description", (r) -> r.programme().description()),
			Column.of("createdAt", (r) -> r.stored().get(Writes.CREATED_AT)),
			Column.of("updatedAt", (r) -> r.stored().get(Writes.UPDATED_AT)));

	private ExportTable programmes(ExportParams params) {
		params.checkKnown(ProgrammeFilter.class);
		Query query = this.programmes.query(params.filter(ProgrammeFilter.class), params.instant("updatedSince"))
			.with(stored(ProgrammeService.BY_NAME));
		return mapped("programmes", PROGRAMME_COLUMNS, "programmes", query, Programme.class, ProgrammeRow::new);
	}

	private static String funding(Programme.FundingLine line) {
		StringBuilder text = new StringBuilder();
		text.append((line.amount() != null) ? line.amount().toPlainString() : "?");
		text.append(' ').append((line.currency() != null) ? line.currency() : "");
		if (line.period() != null && line.period().text() != null) {
			text.append(" (").append(line.period().text()).append(')');
		}
		if (line.funderId() != null) {
			text.append(" from ").append(line.funderId());
		}
		return text.toString();
	}

	// Evidence: one row per figure, with the quote and source that state it.

	record FigureRow(Evidence evidence, int index, Evidence.Figure figure, Document stored) {
	}

	static final List<Column<FigureRow>> FIGURE_COLUMNS = List.of(Column.of("evidenceId", (r) -> r.evidence().id()),
			Column.of("figure", (r) -> r.index() + 1), Column.of("metric", (r) -> r.figure().metric()),
			Column.of("value", (r) -> r.figure().value()), Column.of("unit", (r) -> r.figure().unit()),
			Column.of("qualifier", (r) -> r.figure().qualifier()),
			Column.of("periodFrom", (r) -> period(r.figure().period(), true)),
			Column.of("periodTo", (r) -> period(r.figure().period(), false)),
			Column.of("periodText", (r) -> (r.figure().period() != null) ? r.figure().period().text() : null),
			Column.of("statement", (r) -> r.evidence().statement()),
			Column.of("documentId", (r) -> (r.evidence().source() != null) ? r.evidence().source().documentId() : null),
			Column.of("quote", (r) -> (r.evidence().source() != null) ? r.evidence().source().quote() : null),
			Column.of("locator", (r) -> (r.evidence().source() != null) ? r.evidence().source().locator() : null),
			Column.of("programmeIds", (r) -> r.evidence().programmeIds()),
			Column.of("recommendationIds", (r) -> r.evidence().askIds()),
			Column.of("contrastIds", (r) -> r.evidence().contrastIds()),
			Column.of("createdAt", (r) -> r.stored().get(Writes.CREATED_AT)),
			Column.of("updatedAt", (r) -> r.stored().get(Writes.UPDATED_AT)));

	private ExportTable evidence(ExportParams params) {
		params.checkKnown(EvidenceFilter.class);
		Query query = this.evidence.query(params.filter(EvidenceFilter.class), params.instant("updatedSince"))
			.with(stored(EvidenceService.BY_DOCUMENT));
		return new ExportTable("evidence", Column.names(FIGURE_COLUMNS), "evidence", query,
				(records, sink) -> records.forEach((record) -> {
					Evidence read = this.mongo.getConverter().read(Evidence.class, record);
					IntStream.range(0, read.figures().size())
						.forEach((i) -> sink
							.accept(Column.row(FIGURE_COLUMNS, new FigureRow(read, i, read.figures().get(i), record))));
				}));
	}

	private static LocalDate period(Period period, boolean from) {
		return (period == null) ? null : (from ? period.from() : period.to());
	}

	private static LocalDate date(PartialDate date) {
		return (date != null) ? date.date() : null;
	}

	private static String text(PartialDate date) {
		return (date != null) ? date.text() : null;
	}

	/** An export of one row per stored record, read as the entity the API serves. */
	private <E, R> ExportTable mapped(String kind, List<Column<R>> columns, String collection, Query query,
			Class<E> entity, java.util.function.BiFunction<E, Document, R> row) {
		return new ExportTable(kind, Column.names(columns), collection, query,
				(records, sink) -> records.forEach((record) -> sink
					.accept(Column.row(columns, row.apply(this.mongo.getConverter().read(entity, record), record)))));
	}

	/**
	 * The sort of a list, for raw records: the entities' {@code id} is the stored
	 * {@code _id}.
	 */
	private static Sort stored(Sort sort) {
		return Sort.by(sort.stream()
			.map((order) -> order.getProperty().equals("id") ? order.withProperty("_id") : order)
			.toList());
	}

}
