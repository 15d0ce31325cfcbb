package london.scrutiny.tracker.export;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export read in many small chunks (three records each here) holds every record
 * exactly once, in the export's order, across chunk boundaries that fall between records
 * sharing every sort key but the id, and around records whose sort key is missing.
 */
@ApiTest
@TestPropertySource(properties = { "tracker.export.chunk-size=3", "tracker.test.store=export-chunks" })
class ExportInChunksTests {

	static final int CHUNK = 3;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	GraphQlCalls http;

	@BeforeEach
	void connect() {
		this.http = new GraphQlCalls(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ndjson", "csv" })
	void asksSpanningManyChunks_areTheGraphQlListRecordForRecord(String format) {
		List<String> exported = ids(export("asks", "asOf=2023-01-01", format), "id");
		List<String> listed = ExportMatchesGraphQlTests.all(this.http, "recommendations", "asOf: \"2023-01-01\"", "id")
			.stream()
			.map((n) -> n.path("id").asString())
			.toList();
		assertThat(listed).hasSizeGreaterThan(5 * CHUNK);
		assertThat(exported).containsExactlyElementsOf(listed).doesNotHaveDuplicates();
	}

	@Test
	void evidenceSharingASourceDocument_orWithoutOne_comesOnceEachInOrder() {
		Document model = this.mongo.findAll(Document.class, "evidence")
			.stream()
			.filter((d) -> !d.getList("figures", Object.class, List.of()).isEmpty())
			.findFirst()
			.orElseThrow();
		String document = model.get("source", Document.class).getString("documentId");
		for (int i = 0; i < 2 * CHUNK + 1; i++) {
			Document tie = new Document(model);
			tie.put("_id", model.getString("_id") + "~tie-" + i);
			Document orphan = new Document(model);
			orphan.put("_id", "evidence/without-source-" + i);
			orphan.remove("source");
			this.mongo.insert(List.of(tie, orphan), "evidence");
		}
		List<Document> stored = this.mongo.findAll(Document.class, "evidence");
		List<String> expected = stored.stream()
			.filter((d) -> !d.getList("figures", Object.class, List.of()).isEmpty())
			.sorted(Comparator
				.comparing(
						(Document d) -> (d.get("source") != null)
								? d.get("source", Document.class).getString("documentId") : null,
						Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing((d) -> d.getString("_id")))
			.map((d) -> d.getString("_id"))
			.toList();
		assertThat(stored.stream()
			.filter((d) -> d.get("source") != null
					&& document.equals(d.get("source", Document.class).getString("documentId"))))
			.hasSizeGreaterThan(2 * CHUNK);

		for (String format : List.of("ndjson", "csv")) {
			List<String> exported = new ArrayList<>();
			for (String id : ids(export("evidence", "", format), "evidenceId")) {
				// One row per figure: a record's rows are consecutive.
				if (exported.isEmpty() || !exported.get(exported.size() - 1).equals(id)) {
					exported.add(id);
				}
			}
			assertThat(exported).as(format).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void lettersNewestFirst_withUndatedLettersLast_comeOnceEach() {
		Document model = this.mongo.find(new BasicQuery(new Document("kind", "LETTER")), Document.class, "documents")
			.get(0);
		for (int i = 0; i < CHUNK + 2; i++) {
			Document sameDay = new Document(model);
			sameDay.put("_id", model.getString("_id") + "~same-day-" + i);
			sameDay.put("reference", model.getString("reference") + "-SAMEDAY" + i);
			sameDay.put("referenceKey", model.getString("referenceKey") + "sameday" + i);
			Document undated = new Document(sameDay);
			undated.put("_id", model.getString("_id") + "~undated-" + i);
			undated.put("reference", model.getString("reference") + "-UNDATED" + i);
			undated.put("referenceKey", model.getString("referenceKey") + "undated" + i);
			undated.remove("date");
			this.mongo.insert(List.of(sameDay, undated), "documents");
		}
		List<String> listed = ids(export("letters", "", "ndjson"), "id");
		List<Document> expectedOrder = new ArrayList<>();
		for (String id : listed) {
			expectedOrder.add(this.mongo.findById(id, Document.class, "documents"));
		}
		expectedOrder.sort(Comparator
			.comparing((Document d) -> d.getString("date"), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
			.thenComparing((d) -> d.getString("_id"))
			.reversed());
		assertThat(listed).doesNotHaveDuplicates()
			.contains(model.getString("_id") + "~undated-0", model.getString("_id") + "~same-day-" + (CHUNK + 1))
			.containsExactlyElementsOf(expectedOrder.stream().map((d) -> d.getString("_id")).toList());
		HttpResponse<String> counted = this.http.get("/export/letters?format=csv");
		assertThat(counted.headers().firstValue("X-Total-Count").orElseThrow())
			.isEqualTo(String.valueOf(listed.size()));
	}

	private List<Map<String, String>> export(String kind, String query, String format) {
		return ExportMatchesGraphQlTests.export(this.http, kind, query, format);
	}

	private static List<String> ids(List<Map<String, String>> rows, String column) {
		return rows.stream().map((r) -> r.get(column)).toList();
	}

}
