package london.scrutiny.tracker.export;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One column of an export: its header and how a row's value is read. */
record Column<T>(String name, Function<T, Object> value) {

	static <T> Column<T> of(String name, Function<T, Object> value) {
		return new Column<>(name, value);
	}

	static <T> List<String> names(List<Column<T>> columns) {
		return columns.stream().map(Column::name).toList();
	}

	/** The row: every column, in order, with plain values (ISO dates, enum names). */
	static <T> Map<String, Object> row(List<Column<T>> columns, T item) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (Column<T> column : columns) {
			row.put(column.name, plain(column.value.apply(item)));
		}
		return row;
	}

	private static Object plain(Object value) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value;
	}

}
