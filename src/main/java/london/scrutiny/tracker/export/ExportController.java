package london.scrutiny.tracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.support.NotFoundException;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/{kind}}: the whole of a list, read in chunks of
 * {@code tracker.export.chunk-size} records by keyset ({@link KeysetChunks}), each
 * written to the response before the next is read, so memory stays flat however many
 * records match. Public, like every read, and bounded: at most
 * {@code tracker.export.max-records} records per export (counted before anything is sent,
 * so a download is never cut short) and at most {@code tracker.export.concurrent} exports
 * at once.
 */
@RestController
class ExportController {

	private final ExportTables tables;

	private final MongoTemplate mongo;

	private final long maxRecords;

	private final int chunkSize;

	private final Semaphore running;

	ExportController(ExportTables tables, MongoTemplate mongo,
			@Value("${tracker.export.max-records:200000}") long maxRecords,
			@Value("${tracker.export.concurrent:2}") int concurrent,
			@Value("${tracker.export.chunk-size:1000}") int chunkSize) {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("tracker.export.chunk-size must be at least 1; got " + chunkSize);
		}
		this.tables = tables;
		this.mongo = mongo;
		this.maxRecords = maxRecords;
		this.chunkSize = chunkSize;
		this.running = new Semaphore(concurrent);
	}

	@GetMapping("/export/{kind}")
	void export(@PathVariable String kind, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ExportFormat format;
		ExportTable table;
		try {
			ExportParams params = new ExportParams(request.getParameterMap());
			format = ExportFormat.choose(params.string("format"), request.getHeader(HttpHeaders.ACCEPT));
			table = this.tables.table(kind, params);
		}
		catch (NotFoundException ex) {
			problem(response, 404, "NOT_FOUND", "kind", ex.getMessage());
			return;
		}
		catch (InvalidInputException ex) {
			problem(response, 400, "BAD_REQUEST", ex.argument(), ex.getMessage());
			return;
		}
		long count = this.mongo.count(Query.of(table.query()).limit(0).skip(0), table.collection());
		if (count > this.maxRecords) {
			problem(response, 400, "BAD_REQUEST", "updatedSince",
					count + " " + kind + " match, more than the " + this.maxRecords + " one export may hold. "
							+ "Narrow it with the filter parameters, or take it in parts with updatedSince.");
			return;
		}
		if (!this.running.tryAcquire()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			problem(response, 429, "TOO_MANY_REQUESTS", null, "Other exports are running; try again in 10 seconds.");
			return;
		}
		try {
			response.setContentType(format.mediaType().toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"tracker-" + kind + "-" + LocalDate.now() + "." + format.extension() + "\"");
			response.setHeader("X-Total-Count", String.valueOf(count));
			stream(table, format, response.getOutputStream());
		}
		finally {
			this.running.release();
		}
	}

	private void stream(ExportTable table, ExportFormat format, OutputStream out) throws IOException {
		try (Stream<Document> records = KeysetChunks.stream(this.mongo, table.query(), table.collection(),
				this.chunkSize); RowWriter rows = RowWriter.of(format, table.columns(), out)) {
			table.rows().each(records, rows::write);
		}
	}

	private static void problem(HttpServletResponse response, int status, String classification, String field,
			String message) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("classification", classification);
		body.put("field", field);
		body.put("message", message);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream()
			.write((JsonMapper.shared().writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
