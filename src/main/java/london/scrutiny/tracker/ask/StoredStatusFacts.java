package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import london.scrutiny.tracker.store.StoredDates;
import org.bson.Document;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.stereotype.Component;

/**
 * Reads an ask's stored facts field by field. Every ask read carries them, and a
 * {@code statusSummary} reads every ask's: the general mapping, which looks each
 * component up by reflection and converts it through the conversion service, was two
 * thirds of that summary's own time. They are written by the general mapping (as every
 * record is, for the audit trail); {@code StoredStatusFactsTests} checks that what it
 * writes reads back equal, for facts with every component set and with none.
 */
@Component
@ReadingConverter
class StoredStatusFacts implements Converter<Document, StatusFacts> {

	@Override
	public StatusFacts convert(Document stored) {
		return new StatusFacts(date(stored, "askedOn"), date(stored, "responseDueOn"), date(stored, "firstAnsweredOn"),
				stored.getBoolean("answeredLate"), answeredBy(stored.get("answeredBy")), date(stored, "changesFrom"),
				date(stored, "settledFrom"), named(Position.class, stored.get("position")),
				named(Implementation.class, stored.get("implementation")),
				named(Verification.class, stored.get("verification")), date(stored, "originalDeadlineOn"),
				date(stored, "deadlineOn"), stored.getBoolean("deadlineMet"));
	}

	private static List<StatusFacts.AnsweredBy> answeredBy(Object stored) {
		if (!(stored instanceof List<?> letters)) {
			return List.of();
		}
		List<StatusFacts.AnsweredBy> answered = new ArrayList<>(letters.size());
		for (Object letter : letters) {
			Document sent = (Document) letter;
			answered.add(new StatusFacts.AnsweredBy(sent.getString("letterId"), date(sent, "on")));
		}
		return answered;
	}

	private static LocalDate date(Document stored, String field) {
		Object value = stored.get(field);
		if (value instanceof Date instant) {
			return LocalDate.ofInstant(instant.toInstant(), ZoneOffset.UTC);
		}
		return (value != null) ? StoredDates.read(value.toString()) : null;
	}

	private static <E extends Enum<E>> E named(Class<E> type, Object stored) {
		return (stored != null) ? Enum.valueOf(type, stored.toString()) : null;
	}

}
