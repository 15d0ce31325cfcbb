package london.scrutiny.tracker.support;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.ScrollPosition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors name no Java class, round-trip the position, and refuse what they did not
 * issue.
 */
class CursorsTests {

	@Test
	void aCursorIsOpaqueAndComesBackAsTheSamePosition() {
		ScrollPosition position = ScrollPosition.forward(Map.of("id", "letter/1", "date", LocalDate.of(2022, 8, 18)));
		String cursor = Cursors.encode(position);
		assertThat(new String(Base64.getUrlDecoder().decode(cursor))).doesNotContain("java.");
		assertThat(Cursors.decode(cursor)).isEqualTo(position);
		assertThat(Cursors.decode(Cursors.encode(ScrollPosition.offset(41)))).isEqualTo(ScrollPosition.offset(41));
	}

	@Test
	void whatWasNotIssuedIsNotACursor() {
		assertThat(Cursors.decode("S19bImphdmEudXRpbC")).isNull();
		assertThat(Cursors.decode("not base64 at all!")).isNull();
		assertThat(Cursors.decode("")).isNull();
		assertThat(Cursors.decode(Base64.getUrlEncoder().encodeToString("c1:{\"o\":-1}".getBytes()))).isNull();
	}

}
