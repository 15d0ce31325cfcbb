package london.scrutiny.tracker.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's faster sort puts records in exactly the order the server's own
 * comparator does (MongoDB's order of values across types, missing fields and arrays,
 * dotted paths, ties kept in arrival order), whole or cut to a page.
 */
class SortedMatchesTests {

	private static final List<Document> ORDERS = List.of(new Document("source.documentId", 1).append("_id", 1),
			new Document("reportId", 1).append("number", 1).append("_id", 1), new Document("number", -1),
			new Document("tags", 1).append("_id", -1), new Document("source.documentId", -1));

	@Test
	void sortsAsTheServerDoesOverGeneratedRecords() {
		Random random = new Random(20261130);
		for (int round = 0; round < 200; round++) {
			List<Document> records = records(random, 1 + random.nextInt(60));
			Document orderBy = ORDERS.get(random.nextInt(ORDERS.size()));
			List<Document> expected = new ArrayList<>(records);
			expected.sort(new DocumentComparator(orderBy));
			int keep = random.nextInt(3) * random.nextInt(records.size() + 1);
			List<Document> sorted = EmbeddedBackend.SortedMatches.of(records.stream(), orderBy, keep).toList();
			assertThat(sorted).as("order %s, keep %d", orderBy, keep)
				.containsExactlyElementsOf(
						(keep > 0) ? expected.subList(0, Math.min(keep, expected.size())) : expected);
		}
	}

	/** Records with few distinct values, so ties are common, and some fields missing. */
	private static List<Document> records(Random random, int count) {
		List<Document> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Document record = new Document("_id", "r" + random.nextInt(1000) + "-" + i);
			if (random.nextInt(5) > 0) {
				record.append("source", new Document("documentId", "doc-" + random.nextInt(4)));
			}
			if (random.nextInt(4) > 0) {
				record.append("reportId", (random.nextInt(6) == 0) ? null : "report-" + random.nextInt(3));
			}
			Object number = switch (random.nextInt(4)) {
				case 0 -> random.nextInt(5);
				case 1 -> (long) random.nextInt(5);
				case 2 -> random.nextInt(5) + 0.5;
				default -> "n" + random.nextInt(3);
			};
			record.append("number", number);
			if (random.nextBoolean()) {
				record.append("tags", List.of("t" + random.nextInt(3), "t" + random.nextInt(3)));
			}
			records.add(record);
		}
		return records;
	}

}
