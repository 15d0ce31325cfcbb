package london.scrutiny.tracker.export;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import london.scrutiny.tracker.support.InvalidInputException;

/**
 * Reads an export's query parameters into the filter record of the matching GraphQL list:
 * a parameter per filter field, under the same name, so {@code ?reportId=pcc-2022-vawg}
 * means what {@code filter: { reportId: "pcc-2022-vawg" }} means. A list field takes the
 * parameter repeated or comma-separated. An unknown parameter is refused rather than
 * ignored, so a typing mistake never exports everything.
 */
final class ExportParams {

	/** Parameters every export takes beside its filter. */
	static final Set<String> COMMON = Set.of("format", "updatedSince");

	private final Map<String, String[]> params;

	ExportParams(Map<String, String[]> params) {
		this.params = params;
	}

	/** Refuses parameters that are neither common, nor in {@code extra}, nor a field. */
	void checkKnown(Class<? extends Record> filter, String... extra) {
		Set<String> known = new TreeSet<>(COMMON);
		known.addAll(Arrays.asList(extra));
		Arrays.stream(filter.getRecordComponents()).map(RecordComponent::getName).forEach(known::add);
		for (String name : this.params.keySet()) {
			if (!known.contains(name)) {
				throw new InvalidInputException(name,
						"'" + name + "' is not a parameter of this export; it takes " + String.join(", ", known) + ".");
			}
		}
	}

	/** The filter record with each field read from its parameter (null when absent). */
	<F extends Record> F filter(Class<F> type) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = read(components[i].getName(), components[i].getGenericType());
		}
		try {
			return type.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build " + type.getSimpleName(), ex);
		}
	}

	String string(String name) {
		String[] values = this.params.get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		if (values.length > 1) {
			throw new InvalidInputException(name, "'" + name + "' takes one value; got " + values.length + ".");
		}
		return values[0];
	}

	LocalDate date(String name) {
		String value = string(name);
		return (value != null) ? date(name, value) : null;
	}

	private static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(name,
					"'" + name + "' must be a date written YYYY-MM-DD, such as 2022-09-01; got '" + value + "'.");
		}
	}

	OffsetDateTime instant(String name) {
		String value = string(name);
		try {
			return (value != null) ? OffsetDateTime.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(name, "'" + name
					+ "' must be a date and time with its offset, such as 2026-01-31T09:00:00Z; got '" + value + "'.");
		}
	}

	private Object read(String name, Type type) {
		if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
			String[] given = this.params.get(name);
			if (given == null) {
				return null;
			}
			List<Object> values = new ArrayList<>();
			for (String value : given) {
				for (String part : value.split(",")) {
					if (!part.isBlank()) {
						values.add(scalar(name, part.trim(), (Class<?>) list.getActualTypeArguments()[0]));
					}
				}
			}
			return values.isEmpty() ? null : values;
		}
		String value = string(name);
		return (value != null) ? scalar(name, value, (Class<?>) type) : null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Object scalar(String name, String value, Class<?> type) {
		if (type == String.class) {
			return value;
		}
		if (type == LocalDate.class) {
			return date(name, value);
		}
		if (type == Boolean.class) {
			if (!value.equals("true") && !value.equals("false")) {
				throw new InvalidInputException(name, "'" + name + "' must be true or false; got '" + value + "'.");
			}
			return Boolean.valueOf(value);
		}
		if (type.isEnum()) {
			try {
				return Enum.valueOf((Class<? extends Enum>) type, value);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(name, "'" + name + "' must be one of "
						+ Arrays.toString(type.getEnumConstants()) + "; got '" + value + "'.");
			}
		}
		throw new IllegalStateException("No export parameter reads " + type);
	}

}
