package london.scrutiny.tracker.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows of one column set as they come, flushing every {@link #FLUSH_EVERY} rows,
 * so nothing but the current row is held. Values are already plain: strings, numbers,
 * booleans, ISO dates as strings, lists of strings.
 */
abstract class RowWriter implements AutoCloseable {

	static final int FLUSH_EVERY = 200;

	protected final Writer out;

	private int rows;

	RowWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
	}

	static RowWriter of(ExportFormat format, List<String> columns, OutputStream out) {
		return (format == ExportFormat.CSV) ? new Csv(columns, out) : new Ndjson(out);
	}

	final void write(Map<String, Object> row) {
		try {
			writeRow(row);
			if (++this.rows % FLUSH_EVERY == 0) {
				this.out.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	abstract void writeRow(Map<String, Object> row) throws IOException;

	@Override
	public void close() throws IOException {
		this.out.flush();
	}

	/** One JSON object per line, with the columns as keys. */
	static final class Ndjson extends RowWriter {

		private static final ObjectMapper JSON = JsonMapper.builder()
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build();

		Ndjson(OutputStream out) {
			super(out);
		}

		@Override
		void writeRow(Map<String, Object> row) throws IOException {
			this.out.write(JSON.writeValueAsString(row));
			this.out.write('\n');
		}

	}

	/**
	 * RFC 4180 CSV after a UTF-8 byte order mark (so spreadsheets read the pound sign),
	 * with a header row; lists joined by "; "; text that a spreadsheet would take for a
	 * formula (starting with = + - @, tab or carriage return) prefixed with an
	 * apostrophe.
	 */
	static final class Csv extends RowWriter {

		private final List<String> columns;

		private final CSVPrinter printer;

		Csv(List<String> columns, OutputStream out) {
			super(out);
			this.columns = columns;
			try {
				this.out.write('\uFEFF');
				this.printer = CSVFormat.RFC4180.builder()
					.setHeader(columns.toArray(String[]::new))
					.get()
					.print(this.out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		void writeRow(Map<String, Object> row) throws IOException {
			List<Object> cells = new ArrayList<>(this.columns.size());
			for (String column : this.columns) {
				cells.add(cell(row.get(column)));
			}
			this.printer.printRecord(cells);
		}

		static Object cell(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			if (value instanceof Number || value instanceof Boolean) {
				return value;
			}
			String text = (value instanceof Collection<?> list)
					? list.stream().map(String::valueOf).collect(Collectors.joining("; ")) : value.toString();
			return neutralised(text);
		}

		static String neutralised(String text) {
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				return "'" + text;
			}
			return text;
		}

		@Override
		public void close() throws IOException {
			this.printer.flush();
			super.close();
		}

	}

}
