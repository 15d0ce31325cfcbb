package london.scrutiny.tracker.export;

import java.util.List;
import java.util.Locale;

import london.scrutiny.tracker.support.InvalidInputException;

import org.springframework.http.MediaType;

/** How an export is written: one JSON object per line, or CSV with a header row. */
enum ExportFormat {

	NDJSON("ndjson", MediaType.parseMediaType("application/x-ndjson")),

	CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * {@code ?format=} wins; otherwise the first of the Accept header's types that is CSV
	 * or NDJSON; otherwise NDJSON.
	 */
	static ExportFormat choose(String format, String accept) {
		if (format != null) {
			for (ExportFormat candidate : values()) {
				if (candidate.extension.equals(format.toLowerCase(Locale.ROOT))) {
					return candidate;
				}
			}
			throw new InvalidInputException("format", "'format' must be ndjson or csv; got '" + format + "'.");
		}
		if (accept != null) {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.isCompatibleWith(MediaType.parseMediaType("text/csv")) && !type.isWildcardType()) {
					return CSV;
				}
				if (type.isCompatibleWith(NDJSON.mediaType) && !type.isWildcardType()) {
					return NDJSON;
				}
			}
		}
		return NDJSON;
	}

	static List<String> names() {
		return List.of(NDJSON.extension, CSV.extension);
	}

}
