package london.scrutiny.tracker.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * The dates' converters, and any a feature declares as a bean (annotated
	 * {@link ReadingConverter} or {@link WritingConverter}) for a type of its own.
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions(ObjectProvider<Converter<?, ?>> features) {
		List<Object> converters = new ArrayList<>(
				List.of(new LocalDateToString(), new StringToLocalDate(), new StringToInstant()));
		features.orderedStream()
			.filter((c) -> c.getClass().isAnnotationPresent(ReadingConverter.class)
					|| c.getClass().isAnnotationPresent(WritingConverter.class))
			.forEach(converters::add);
		return new MongoCustomConversions(converters);
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
			return StoredDates.read(source);
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
