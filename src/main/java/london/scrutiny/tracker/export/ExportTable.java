package london.scrutiny.tracker.export;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.data.mongodb.core.query.Query;

/**
 * One export, ready to run: its columns, the query of its records (filter and order) in
 * {@code collection}, and how the streamed records become rows.
 */
record ExportTable(String kind, List<String> columns, String collection, Query query, Rows rows) {

	/** Turns the records, as the chunks yield them, into rows handed to the sink. */
	interface Rows {

		void each(Stream<Document> records, Consumer<Map<String, Object>> sink);

	}

}
