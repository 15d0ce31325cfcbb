package london.scrutiny.tracker.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index kept on disk: saved with the last audit entry it holds, found again on the
 * next start with what it held; an index that cannot be read, or is saved in another
 * version, is not resumed but built again.
 */
class SavedSearchIndexTests {

	@TempDir
	Path dir;

	@Test
	void aSavedIndex_isFoundAgainWithTheEntryItHeld_andItsRecords() throws IOException {
		SearchIndex first = new SearchIndex(this.dir.toString());
		assertThat(first.committed()).as("a new index has nothing to resume").isNull();
		first.put(record("programme/drive", "Drive works with high-harm perpetrators"));
		first.put(record("programme/myends", "MyEnds funds local partnerships"));
		first.commit(42, "audit/42@2026-11-30T05:00:00Z");
		first.destroy();

		SearchIndex second = new SearchIndex(this.dir.toString());
		assertThat(second.committed()).isEqualTo(new SearchIndex.Committed(42, "audit/42@2026-11-30T05:00:00Z"));
		second.ready();
		assertThat(second.search(new MatchAllDocsQuery(), 0, 10).total()).isEqualTo(2);
		second.destroy();
	}

	@Test
	void anIndexThatCannotBeRead_isStartedAnew() throws IOException {
		SearchIndex first = new SearchIndex(this.dir.toString());
		first.put(record("programme/drive", "Drive"));
		first.commit(7, "audit/7@2026-11-30T05:00:00Z");
		first.destroy();
		try (var files = Files.list(this.dir)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}

		SearchIndex second = new SearchIndex(this.dir.toString());
		assertThat(second.committed()).isNull();
		second.ready();
		assertThat(second.search(new MatchAllDocsQuery(), 0, 10).total()).isZero();
		second.destroy();
	}

	@Test
	void anIndexWithNoDirectory_isKeptInMemory() throws IOException {
		SearchIndex memory = new SearchIndex("");
		memory.put(record("programme/drive", "Drive"));
		memory.commit(1, "");
		memory.refresh();
		memory.ready();
		assertThat(memory.search(new MatchAllDocsQuery(), 0, 10).total()).isEqualTo(1);
		memory.destroy();
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

	private static Searchable record(String id, String name) {
		return new Searchable(SearchKind.PROGRAMME, id, Map.of("name", name), Set.of(), null);
	}

}
