package london.scrutiny.tracker.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.ApiTest;
import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.OverHttp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each export, in each format, holds what the matching GraphQL list answers for the same
 * filter, record for record and in the same order; CSV opens cleanly in a spreadsheet.
 */
@ApiTest
class ExportMatchesGraphQlTests extends OverHttp {

	@ParameterizedTest
	@ValueSource(strings = { "ndjson", "csv" })
	void asksWithTheirStatusAsOfADate(String format) {
		for (String filter : List.of("reportId=pcc-2022-vawg", "position=ACCEPTED,PARTIALLY_ACCEPTED", "")) {
			List<Map<String, String>> exported = export("asks", filter + "&asOf=2022-06-01", format);
			String graphQlFilter = filter.isEmpty() ? "{}" : filter.startsWith("reportId")
					? "{ reportId: [\"pcc-2022-vawg\"] }" : "{ position: [ACCEPTED, PARTIALLY_ACCEPTED] }";
			List<JsonNode> listed = all("recommendations", "filter: " + graphQlFilter + ", asOf: \"2022-06-01\"",
					"id number responseStatus position implementation deadlineStatus responseDueOn");
			assertThat(listed).as(filter).isNotEmpty();
			assertThat(ids(exported, "id")).as(filter).isEqualTo(listed.stream().map((n) -> text(n, "id")).toList());
			for (int i = 0; i < listed.size(); i++) {
				for (String field : List.of("number", "responseStatus", "position", "implementation", "deadlineStatus",
						"responseDueOn")) {
					assertThat(exported.get(i).get(field)).as(filter + " " + field)
						.isEqualTo(text(listed.get(i), field));
				}
				assertThat(exported.get(i).get("asOf")).isEqualTo("2022-06-01");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ndjson", "csv" })
	void letters(String format) {
		for (String[] filter : List.of(new String[] { "", "{}" },
				new String[] { "acknowledgesDelay=true", "{ acknowledgesDelay: true }" })) {
			List<Map<String, String>> exported = export("letters", filter[0], format);
			List<JsonNode> listed = all("letters", "filter: " + filter[1], "id reference sentOn daysToRespond");
			assertThat(listed).isNotEmpty();
			assertThat(exported).hasSameSizeAs(listed);
			for (int i = 0; i < listed.size(); i++) {
				for (String field : List.of("id", "reference", "sentOn", "daysToRespond")) {
					assertThat(exported.get(i).get(field)).as(field).isEqualTo(text(listed.get(i), field));
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ndjson", "csv" })
	void responsesOfALetter(String format) {
		List<Map<String, String>> exported = export("responses", "letterId=letter/MGLA230322-7616", format);
		JsonNode letter = this.http
			.query("{ letter(reference: \"MGLA230322-7616\") { responses { id text recommendation { id } } } }")
			.path("data")
			.path("letter");
		Map<String, Map<String, String>> byId = new HashMap<>();
		exported.forEach((row) -> byId.put(row.get("id"), row));
		assertThat(byId).hasSize(letter.path("responses").size()).isNotEmpty();
		for (JsonNode response : letter.path("responses")) {
			Map<String, String> row = byId.get(text(response, "id"));
			assertThat(row.get("text")).isEqualTo(text(response, "text"));
			assertThat(row.get("recommendationId")).isEqualTo(response.path("recommendation").path("id").asString());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ndjson", "csv" })
	void programmes(String format) {
		for (String[] filter : List.of(new String[] { "", "{}" },
				new String[] { "ownerId=org/mopac", "{ ownerId: \"org/mopac\" }" })) {
			List<Map<String, String>> exported = export("programmes", filter[0], format);
			List<JsonNode> listed = all("programmes", "filter: " + filter[1], "id name kind");
			assertThat(listed).isNotEmpty();
			assertThat(exported).hasSameSizeAs(listed);
			for (int i = 0; i < listed.size(); i++) {
				for (String field : List.of("id", "name", "kind")) {
					assertThat(exported.get(i).get(field)).as(field).isEqualTo(text(listed.get(i), field));
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ndjson", "csv" })
	void evidenceOneRowPerFigure_withItsQuoteAndSource(String format) {
		for (String[] filter : List.of(new String[] { "", "{}" },
				new String[] { "documentId=letter/MGLA230322-7616", "{ documentId: \"letter/MGLA230322-7616\" }" })) {
			List<Map<String, String>> exported = export("evidence", filter[0], format);
			List<String[]> expected = new ArrayList<>();
			for (JsonNode evidence : all("evidence", "filter: " + filter[1],
					"id statement figures { metric value unit } source { quote document { id } }")) {
				int figure = 0;
				for (JsonNode f : evidence.path("figures")) {
					expected.add(new String[] { text(evidence, "id"), String.valueOf(++figure), text(f, "metric"),
							f.path("value").decimalValue().toPlainString(), text(f, "unit"),
							evidence.path("source").path("quote").asString(),
							evidence.path("source").path("document").path("id").asString() });
				}
			}
			assertThat(expected).isNotEmpty();
			assertThat(exported.stream()
				.map((r) -> new String[] { r.get("evidenceId"), r.get("figure"), r.get("metric"), r.get("value"),
						r.get("unit"), r.get("quote"), r.get("documentId") })
				.toList()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void aCsvDownloadHasAFileName_aByteOrderMark_andAHeaderRowOfTheDocumentedColumns() {
		HttpResponse<String> csv = this.http.get("/export/programmes?format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"tracker-programmes-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		assertThat(csv.body()).startsWith("\uFEFF" + String.join(",", ExportTables.columns("programmes")) + "\r\n");
	}

	@Test
	void theAcceptHeaderChoosesTheFormatWhenNoFormatIsGiven() {
		HttpResponse<String> csv = this.http.get("/export/letters", "text/csv");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		HttpResponse<String> ndjson = this.http.get("/export/letters", "application/x-ndjson");
		assertThat(ndjson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
	}

	@Test
	void badParametersAreRefusedNamingTheParameter_andAnUnknownExportIsNotFound() {
		assertProblem(this.http.get("/export/asks?reportid=pcc-2022-vawg"), 400, "reportid");
		assertProblem(this.http.get("/export/asks?position=MAYBE"), 400, "position");
		assertProblem(this.http.get("/export/asks?asOf=2022-02-30"), 400, "asOf");
		assertProblem(this.http.get("/export/letters?format=xlsx"), 400, "format");
		assertProblem(this.http.get("/export/letters?updatedSince=yesterday"), 400, "updatedSince");
		assertProblem(this.http.get("/export/tokens"), 404, "kind");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).isEqualTo(status);
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		assertThat(problem.path("field").asString()).isEqualTo(field);
		assertThat(problem.path("message").asString()).isNotBlank();
	}

	/** The export's rows, each as column name to text, whatever the format. */
	private List<Map<String, String>> export(String kind, String query, String format) {
		return export(this.http, kind, query, format);
	}

	static List<Map<String, String>> export(GraphQlCalls http, String kind, String query, String format) {
		HttpResponse<String> response = http.get("/export/" + kind + "?format=" + format + "&" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return format.equals("csv") ? csvRows(response.body()) : ndjsonRows(response.body());
	}

	static List<Map<String, String>> ndjsonRows(String body) {
		List<Map<String, String>> rows = new ArrayList<>();
		body.lines().filter((l) -> !l.isEmpty()).forEach((line) -> {
			Map<String, String> row = new HashMap<>();
			JsonMapper.shared().readTree(line).properties().forEach((e) -> row.put(e.getKey(), plain(e.getValue())));
			rows.add(row);
		});
		return rows;
	}

	static List<Map<String, String>> csvRows(String body) {
		assertThat(body).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body.substring(1)))) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new HashMap<>();
				record.toMap().forEach((k, v) -> row.put(k, v.isEmpty() ? null : v.replaceFirst("^'([=+\\-@])", "$1")));
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String plain(JsonNode value) {
		if (value.isNull()) {
			return null;
		}
		if (value.isBigDecimal() || value.isDouble()) {
			return value.decimalValue().toPlainString();
		}
		return value.isArray() ? value.toString() : value.asString();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isNull() || value.isMissingNode()) ? null : value.asString();
	}

	private static List<String> ids(List<Map<String, String>> rows, String column) {
		return rows.stream().map((r) -> r.get(column)).toList();
	}

	/** Every node of a GraphQL list, paged through 100 at a time. */
	private List<JsonNode> all(String list, String arguments, String fields) {
		return all(this.http, list, arguments, fields);
	}

	static List<JsonNode> all(GraphQlCalls http, String list, String arguments, String fields) {
		List<JsonNode> nodes = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> vars = new HashMap<>();
			vars.put("after", after);
			JsonNode page = http
				.query("query($after: String) { " + list + "(" + arguments + ", first: 100, after: $after) "
						+ "{ pageInfo { hasNextPage endCursor } edges { node { " + fields + " } } } }", vars)
				.path("data")
				.path(list);
			page.path("edges").forEach((e) -> nodes.add(e.path("node")));
			after = page.path("pageInfo").path("hasNextPage").asBoolean()
					? page.path("pageInfo").path("endCursor").asString() : null;
		}
		while (after != null);
		return nodes;
	}

}
