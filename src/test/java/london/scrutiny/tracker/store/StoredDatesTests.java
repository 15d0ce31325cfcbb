package london.scrutiny.tracker.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A stored date is read as the ISO parser reads it, on the fast path as off it: every day
 * of three centuries, and text that is not a plain date fails as it always did.
 */
class StoredDatesTests {

	private final MongoConversions.StringToLocalDate read = new MongoConversions.StringToLocalDate();

	@Test
	void everyDayOfThreeCenturiesReadsAsTheIsoParserReadsIt() {
		for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
			assertThat(this.read.convert(day.toString())).isEqualTo(day);
		}
		assertThat(this.read.convert("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
		assertThat(this.read.convert("+12345-06-07")).isEqualTo(LocalDate.parse("+12345-06-07"));
	}

	@Test
	void textThatIsNotAPossibleDateFailsAsTheParserFails() {
		for (String text : List.of("2022-02-30", "2021-02-29", "2022-13-01", "2022-00-10", "2022-01-00", "2022-1-01",
				"20220101", "2022/01/01", "2022-0a-01", "2022-01-3\u0661", "", "2022-01-01T00:00")) {
			Throwable expected = catchThrowable(() -> LocalDate.parse(text));
			assertThat(expected).as(text).isInstanceOf(DateTimeException.class);
			assertThatThrownBy(() -> this.read.convert(text)).as(text)
				.isInstanceOf(expected.getClass())
				.hasMessage(expected.getMessage());
		}
	}

}
