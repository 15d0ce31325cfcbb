package london.scrutiny.tracker.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuers' letterhead is furniture, in capitals or letter-spaced; their names in
 * prose are not.
 */
class PageFurnitureTests {

	@Test
	void theLetterheadInCapitalsOrLetterSpaced_isFurniture() {
		assertThat(PageFurniture.isFurniture("MAYOR OF LONDON")).isTrue();
		assertThat(PageFurniture.isFurniture("MOPAC")).isTrue();
		assertThat(PageFurniture.isFurniture("M O P A C")).isTrue();
		assertThat(PageFurniture.isFurniture("OFFICE FOR POLICING AND CRIME")).isTrue();
	}

	@Test
	void theIssuersNamesInProseOrAsARole_areNotFurniture() {
		assertThat(PageFurniture.isFurniture("Mayor of London")).isFalse();
		assertThat(PageFurniture.isFurniture("MOPAC will publish the plan.")).isFalse();
		assertThat(PageFurniture.isFurniture("M O P")).isFalse();
	}

}
