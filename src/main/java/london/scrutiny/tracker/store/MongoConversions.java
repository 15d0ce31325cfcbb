package london.scrutiny.tracker.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Calendar dates are stored as ISO strings ("2022-08-18"): they carry no time zone to
 * shift, read the same in the seed files and the shell, and sort correctly as text.
 */
@Configuration(proxyBeanMethods = false)
class MongoConversions {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return new MongoCustomConversions(
				List.of(new LocalDateToString(), new StringToLocalDate(), new StringToInstant()));
	}

	@WritingConverter
	static final class LocalDateToString implements Converter<LocalDate, String> {

		@Override
		public String convert(LocalDate source) {
			return source.toString();
		}

	}

	@ReadingConverter
	static final class StringToLocalDate implements Converter<String, LocalDate> {

		@Override
		public LocalDate convert(String source) {
			// Dates are stored as yyyy-MM-dd; reading those digits directly costs a tenth
			// of
			// the general parser, which a summary of every ask ran tens of thousands of
			// times. Anything else (or a day the month may not have) gets the parser's
			// own
			// answer.
			if (source.length() == 10 && source.charAt(4) == '-' && source.charAt(7) == '-') {
				int year = digits(source, 0, 4);
				int month = digits(source, 5, 7);
				int day = digits(source, 8, 10);
				if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
					return LocalDate.of(year, month, day);
				}
			}
			return LocalDate.parse(source);
		}

		/** The number the characters spell, or -1 if any is not a digit. */
		private static int digits(String text, int from, int to) {
			int value = 0;
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					return -1;
				}
				value = value * 10 + (c - '0');
			}
			return value;
		}

	}

	@ReadingConverter
	static final class StringToInstant implements Converter<String, Instant> {

		@Override
		public Instant convert(String source) {
			return Instant.parse(source);
		}

	}

}
