package london.scrutiny.tracker.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.GraphQlCalls;
import london.scrutiny.tracker.WriteTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence list, paged over HTTP on the embedded store (which serves it from its
 * ordered index on source document and id), keeps its order, the API's contract, while
 * evidence is recorded and linked: new records appear in their places, also on a page
 * reached by a cursor issued before they were written, and every record stored is listed
 * exactly once.
 */
@WriteTest
class OrderedEvidencePagesTests {

	private static final String PAGE = """
			query($after: String) { evidence(first: 7, after: $after) {
			  edges { node { id source { document { id } } } } pageInfo { hasNextPage endCursor } } }""";

	private static final String ONE = """
			query($ids: [ID!]) { evidence(filter: { ids: $ids }) { edges { node {
			  statement figures { metric value unit } source { quote document { id } } } } } }""";

	private static final String RECORD = """
			mutation($input: RecordEvidenceInput!) { recordEvidence(input: $input) { created } }""";

	private static final String LINK = """
			mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { evidence { id } } }""";

	private static final Comparator<Listed> BY_DOCUMENT = Comparator.comparing(Listed::documentId)
		.thenComparing(Listed::id);

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedStore store;

	@Autowired
	MongoTemplate mongo;

	@Test
	void evidencePagesStayInDocumentAndIdOrderWhileEvidenceIsRecordedAndLinked() {
		GraphQlCalls http = new GraphQlCalls(this.port);
		String editor = http.newToken("EDITOR");
		List<Listed> before = allPages(http, null, new ArrayList<>());
		assertThat(before).isSortedAccordingTo(BY_DOCUMENT).hasSizeGreaterThan(20);
		long walks = walks();

		// A first page, then records written into the pages after it, then the rest.
		List<Listed> paged = new ArrayList<>();
		String cursor = page(http, null, paged);
		// Copies of records in the first, a middle and the last document, with ids that
		// sort
		// first or last among their document's.
		Map<String, Listed> copies = new LinkedHashMap<>();
		copies.put("evidence/zz-ordered-1", before.get(0));
		copies.put("evidence/aa-ordered-2", before.get(before.size() / 2));
		copies.put("evidence/zz-ordered-3", before.get(before.size() / 2));
		copies.put("evidence/zz-ordered-4", before.get(before.size() - 1));
		List<Listed> added = new ArrayList<>();
		copies.forEach((id, original) -> {
			JsonNode recorded = http.as(editor, RECORD, Map.of("input", copy(http, original.id(), id)));
			assertThat(recorded.path("errors").isMissingNode()).as(recorded.toString()).isTrue();
			added.add(new Listed(id, original.documentId()));
		});
		JsonNode linked = http.as(editor, LINK, Map.of("input",
				Map.of("evidenceId", before.get(3).id(), "recommendationIds", List.of("pcc-2022-vawg/6"))));
		assertThat(linked.path("errors").isMissingNode()).as(linked.toString()).isTrue();
		List<Listed> after = allPages(http, cursor, paged);

		List<Listed> expected = new ArrayList<>(before);
		expected.addAll(added);
		expected.removeIf((e) -> BY_DOCUMENT.compare(e, paged.get(6)) <= 0 && !before.subList(0, 7).contains(e));
		expected.sort(BY_DOCUMENT);
		assertThat(after).containsExactlyElementsOf(expected);
		assertThat(allPages(http, null, new ArrayList<>())).containsExactlyElementsOf(stored());
		assertThat(walks()).as("pages the ordered index served").isGreaterThan(walks + before.size() / 7);
	}

	/** The pages from {@code after} to the end, added to {@code listed}. */
	private List<Listed> allPages(GraphQlCalls http, String after, List<Listed> listed) {
		String cursor = after;
		do {
			cursor = page(http, cursor, listed);
		}
		while (cursor != null);
		return listed;
	}

	/** One page, added to {@code listed}; the cursor of the next, if any. */
	private String page(GraphQlCalls http, String after, List<Listed> listed) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("after", after);
		JsonNode answer = http.query(PAGE, variables);
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		JsonNode connection = answer.at("/data/evidence");
		for (JsonNode edge : connection.path("edges")) {
			listed.add(new Listed(edge.at("/node/id").asString(), edge.at("/node/source/document/id").asString()));
		}
		return connection.at("/pageInfo/hasNextPage").asBoolean() ? connection.at("/pageInfo/endCursor").asString()
				: null;
	}

	/** Every evidence record stored, read without a sort and sorted here. */
	private List<Listed> stored() {
		List<Listed> all = new ArrayList<>();
		for (Document record : this.mongo.getCollection("evidence").find()) {
			all.add(new Listed(record.getString("_id"), record.get("source", Document.class).getString("documentId")));
		}
		all.sort(BY_DOCUMENT);
		return all;
	}

	private long walks() {
		return this.store.backend()
			.resolveDatabase(this.mongo.getDb().getName())
			.resolveCollection("evidence", true)
			.getIndexes()
			.stream()
			.filter(OrderedIndex.class::isInstance)
			.mapToLong((index) -> ((OrderedIndex) index).walks())
			.sum();
	}

	/** The input that records evidence {@code id} as a copy of {@code original}. */
	private static Map<String, Object> copy(GraphQlCalls http, String original, String id) {
		JsonNode node = http.query(ONE, Map.of("ids", List.of(original))).at("/data/evidence/edges/0/node");
		List<Map<String, Object>> figures = new ArrayList<>();
		for (JsonNode figure : node.path("figures")) {
			figures.add(Map.of("metric", figure.path("metric").asString(), "value", figure.path("value").asString(),
					"unit", figure.path("unit").asString()));
		}
		return Map.of("id", id, "statement", node.path("statement").asString(), "figures", figures, "source", Map
			.of("documentId", node.at("/source/document/id").asString(), "quote", node.at("/source/quote").asString()));
	}

	/** An evidence record as the list shows it. */
	private record Listed(String id, String documentId) {
	}

}
