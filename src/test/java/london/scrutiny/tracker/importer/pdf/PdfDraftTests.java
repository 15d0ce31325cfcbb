package london.scrutiny.tracker.importer.pdf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import london.scrutiny.tracker.writes.WriteFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk goes from a PDF to stored records over HTTP: uploads the PDF of minutes to
 * {@code POST /drafts}, reviews the draft, confirms it with {@code confirmAsksDraft}, and
 * reads the asks back through {@code recommendations}. PDFs the importer cannot read are
 * refused with a classified reason, and nothing is stored.
 */
@WriteTest
class PdfDraftTests extends WriteFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String CONFIRM = """
			mutation($input: ConfirmAsksDraftInput!) { confirmAsksDraft(input: $input) { created asksCreated report { id } } }""";

	private static final String READ_BACK = """
			query($id: ID!) { recommendations(filter: { reportId: [$id] }) { totalCount
			  edges { node { number kind text addresseeText addressees { id } } } } }""";

	@Test
	void aClerkTurnsAPdfOfMinutesIntoStoredActionPoints() throws IOException {
		String minutes = london.scrutiny.tracker.importer.asks.CorpusTexts.text("02-pcc-qa-minutes-undertook-2019");
		byte[] pdf = TestPdfs.document(minutes, "Police and Crime Committee - Minutes", true);

		HttpResponse<String> upload = upload(this.clerk, pdf, "minutes.pdf", "asks");
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
		JsonNode draft = JSON.readTree(upload.body());
		assertThat(draft.path("kind").asString()).isEqualTo("COMMITTEE_MEETING");
		assertThat(draft.path("title").path("value").asString())
			.startsWith("Question and Answer Session with the Mayor's Office for Policing and Crime");
		List<JsonNode> asks = draft.path("asks").valueStream().toList();
		assertThat(asks).hasSize(7);
		assertThat(asks.get(0).path("text").asString())
			.isEqualTo("Provide the full costs of policing the visit of the President of the United States");
		assertThat(asks.get(0).path("addressees").path(0).path("organisationId").asString()).isEqualTo("org/mps");
		assertThat(asks.get(6).path("addressees").path(0).path("organisationId").asString()).isEqualTo("org/mopac");
		assertThat(asks.get(6).path("addressees").path(0).path("personId").asString())
			.isEqualTo("person/sophie-linden");

		String id = "pcc-minutes-" + UUID.randomUUID().toString().substring(0, 8);
		List<Map<String, Object>> confirmed = new ArrayList<>();
		for (int i = 0; i < asks.size(); i++) {
			JsonNode ask = asks.get(i);
			confirmed.add(Map.of("number", i + 1, "kind", ask.path("kind").asString(), "text",
					ask.path("text").asString(), "addresseeText", ask.path("addresseeText").asString(), "addresseeIds",
					List.of(ask.path("addressees").path(0).path("organisationId").asString())));
		}
		// The clerk confirms against the text the PDF holds, as the upload read it.
		Map<String, Object> input = Map.of("text", PdfText.extract(pdf), "report",
				Map.of("id", id, "kind", "COMMITTEE_MEETING", "title", draft.path("title").path("value").asString(),
						"authorId", "org/london-assembly-pcc", "asks", confirmed));
		JsonNode first = this.http.as(this.editor, CONFIRM, Map.of("input", input));
		assertThat(first.path("data").path("confirmAsksDraft").path("asksCreated").asInt()).as(first.toString())
			.isEqualTo(7);
		JsonNode again = this.http.as(this.editor, CONFIRM, Map.of("input", input));
		assertThat(again.path("data").path("confirmAsksDraft").path("created").asBoolean()).isFalse();
		assertThat(again.path("data").path("confirmAsksDraft").path("asksCreated").asInt()).isZero();

		JsonNode stored = this.http.query(READ_BACK, Map.of("id", id)).path("data").path("recommendations");
		assertThat(stored.path("totalCount").asInt()).isEqualTo(7);
		assertThat(stored.path("edges").valueStream().map((e) -> e.path("node").path("text").asString()))
			.contains("Provide the average time for the vetting process in general", "To consider the way violen");
		assertThat(stored.path("edges").path(0).path("node").path("addressees").path(0).path("id").asString())
			.isEqualTo("org/mps");
	}

	@Test
	void aLetterPdfGetsTheSameDraftAsItsText() throws IOException {
		String letter = london.scrutiny.tracker.importer.asks.CorpusTexts
			.text("07-mps-midland-recommendations-response-2021");
		HttpResponse<String> upload = upload(this.clerk, TestPdfs.document(letter, "MPS response", false), "letter.pdf",
				"letter");
		assertThat(upload.statusCode()).as(upload.body()).isIn(200, 400);
		JsonNode body = JSON.readTree(upload.body());
		JsonNode viaGraphQl = this.http.as(this.clerk,
				"mutation($t: String!) { draftLetter(input: { text: $t }) { reference { value } } }",
				Map.of("t", PdfText.extract(TestPdfs.document(letter, "MPS response", false))));
		if (upload.statusCode() == 200) {
			assertThat(body.path("reference").path("value").asString(null))
				.isEqualTo(viaGraphQl.path("data").path("draftLetter").path("reference").path("value").asString(null));
		}
		else {
			assertThat(body.path("errors").path(0).path("extensions").path("reason").asString())
				.isEqualTo(viaGraphQl.path("errors").path(0).path("extensions").path("reason").asString());
		}
	}

	@Test
	void pdfsThatCannotBeReadAreRefusedWithTheirReasonAndNothingIsStored() throws IOException {
		Map<String, Long> before = counts();
		String text = london.scrutiny.tracker.importer.asks.CorpusTexts.text("03-frep-london-safety-plan-requests");
		assertReason(upload(this.clerk, TestPdfs.encrypted(text), "locked.pdf", "asks"), "ENCRYPTED");
		assertReason(upload(this.clerk, TestPdfs.imageOnly(), "scan.pdf", "asks"), "NO_TEXT_LAYER");
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage \u0000\u0001 trailer"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertReason(upload(this.clerk, corrupt, "broken.pdf", "asks"), "CORRUPT");
		assertReason(upload(this.clerk, TestPdfs.document(text.repeat(50), "Papers", false), "huge.pdf", "asks"),
				"OVERSIZED");
		assertReason(upload(this.clerk, new byte[0], "empty.pdf", "asks"), "EMPTY");
		byte[] binary = new byte[2000];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 7);
		}
		assertReason(upload(this.clerk, binary, "photo.jpg", "asks"), "NOT_A_PDF");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void textWithNoAsksGivesAnEmptyDraftSayingWhy() throws IOException {
		HttpResponse<String> upload = upload(this.clerk,
				"Thank you for your letter. We will reply in due course.".getBytes(StandardCharsets.UTF_8), "note.txt",
				"asks");
		JsonNode draft = JSON.readTree(upload.body());
		assertThat(draft.path("asks").size()).isZero();
		assertThat(draft.path("unplaced").path(0).path("reason").asString()).startsWith("No ask found");
	}

	@Test
	void uploadingNeedsAClerkToken() throws IOException {
		byte[] pdf = TestPdfs.document("Minutes:\nThe Mayor undertook to:\n- Publish the plan.", "Papers", false);
		assertThat(upload(null, pdf, "m.pdf", "asks").statusCode()).isEqualTo(401);
		assertThat(upload("not-a-token", pdf, "m.pdf", "asks").statusCode()).isEqualTo(401);
		assertThat(upload(this.clerk, pdf, "m.pdf", "spreadsheet").statusCode()).isEqualTo(400);
		JsonNode denied = this.http.as(this.clerk, CONFIRM,
				Map.of("input", Map.of("report",
						Map.of("id", "pcc-denied-1", "kind", "COMMITTEE_MEETING", "title", "x", "authorId",
								"org/london-assembly-pcc", "asks", List.of(Map.of("number", 1, "kind", "ACTION", "text",
										"Publish the plan.", "addresseeIds", List.of("org/mayor-of-london")))))));
		assertThat(GraphQlCalls.classifications(denied)).containsExactly("FORBIDDEN");
	}

	private void assertReason(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("reason").asString()).as(response.body()).isEqualTo(reason);
		assertThat(error.path("message").asString()).isNotBlank();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.mongo.getCollectionNames()
			.stream()
			.filter((n) -> !n.equals("audit") && !n.equals("tokens") && !n.startsWith("counter"))
			.forEach((n) -> counts.put(n, this.mongo.getCollection(n).countDocuments()));
		return counts;
	}

	private HttpResponse<String> upload(String token, byte[] file, String name, String kind) throws IOException {
		String boundary = "----tracker" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/drafts"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
