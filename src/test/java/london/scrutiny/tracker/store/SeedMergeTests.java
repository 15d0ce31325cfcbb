package london.scrutiny.tracker.store;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Two bundles that speak of one record merge into one record, or stop the load if they
 * disagree.
 */
class SeedMergeTests {

	@Test
	void arraysAreUnitedAndMissingFieldsFilled() {
		Document stac = new Document("_id", "programme/stac").append("name", "Stalking Threat Assessment Centre")
			.append("aliases", List.of("S-TAC"))
			.append("description", null);
		SeedMerge.into(stac, new Document("_id", "programme/stac").append("aliases", List.of("S-TAC", "STAC"))
			.append("description", "A multi-agency centre"), "test");
		assertThat(stac.getList("aliases", String.class)).containsExactly("S-TAC", "STAC");
		assertThat(stac.getString("description")).isEqualTo("A multi-agency centre");
	}

	@Test
	void twoDifferentValuesForOneFieldStopTheLoad() {
		Document drive = new Document("_id", "programme/drive").append("kind", "PROGRAMME");
		assertThatIllegalStateException().isThrownBy(
				() -> SeedMerge.into(drive, new Document("_id", "programme/drive").append("kind", "SERVICE"), "b.json"))
			.withMessageContaining("kind")
			.withMessageContaining("b.json");
	}

}
