package london.scrutiny.tracker.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

/**
 * Opaque cursors: a scroll position written as a small typed JSON document, then
 * base64url. Only plain values go in (text, numbers, dates, instants; an enum as its
 * name), each tagged with its kind so that it comes back as the type the store compares,
 * and no Java class name ever reaches a client. Anything that does not decode to exactly
 * that shape is not a cursor.
 */
final class Cursors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String VERSION = "c1:";

	private Cursors() {
	}

	static String encode(ScrollPosition position) {
		Map<String, Object> shape = new LinkedHashMap<>();
		if (position instanceof OffsetScrollPosition offset) {
			shape.put("o", offset.getOffset());
		}
		else if (position instanceof KeysetScrollPosition keyset) {
			List<List<Object>> keys = new ArrayList<>();
			keyset.getKeys().forEach((name, value) -> keys.add(List.of(name, tag(value), text(value))));
			shape.put("k", keys);
		}
		else {
			throw new IllegalArgumentException("No cursor for a position of kind " + position.getClass());
		}
		byte[] json = (VERSION + JSON.writeValueAsString(shape)).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	/** The position a cursor stands for; null when the text is not a cursor. */
	static ScrollPosition decode(String cursor) {
		try {
			if (cursor == null || cursor.length() > 2000) {
				return null;
			}
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(VERSION)) {
				return null;
			}
			JsonNode shape = JSON.readTree(text.substring(VERSION.length()));
			if (shape.size() != 1) {
				return null;
			}
			if (shape.has("o") && shape.get("o").isIntegralNumber() && shape.get("o").asLong() >= 0) {
				return ScrollPosition.offset(shape.get("o").asLong());
			}
			if (shape.has("k") && shape.get("k").isArray()) {
				Map<String, Object> keys = new LinkedHashMap<>();
				for (JsonNode key : shape.get("k")) {
					if (!key.isArray() || key.size() != 3 || !key.get(0).isString() || !key.get(1).isString()
							|| !key.get(2).isString()) {
						return null;
					}
					keys.put(key.get(0).asString(), value(key.get(1).asString(), key.get(2).asString()));
				}
				return ScrollPosition.forward(keys);
			}
			return null;
		}
		catch (RuntimeException ex) {
			// Bad base64, bad JSON, a value that does not parse as its tag says: not a
			// cursor.
			return null;
		}
	}

	private static String tag(Object value) {
		if (value instanceof String || value instanceof Enum<?>) {
			return "s";
		}
		if (value instanceof Integer || value instanceof Long) {
			return "n";
		}
		if (value instanceof LocalDate) {
			return "d";
		}
		if (value instanceof Instant) {
			return "t";
		}
		throw new IllegalArgumentException("No cursor for a sort key of kind " + value.getClass());
	}

	private static String text(Object value) {
		return (value instanceof Enum<?> e) ? e.name() : value.toString();
	}

	private static Object value(String tag, String text) {
		return switch (tag) {
			case "s" -> text;
			case "n" -> Long.parseLong(text);
			case "d" -> LocalDate.parse(text);
			case "t" -> Instant.parse(text);
			default -> throw new IllegalArgumentException("unknown tag");
		};
	}

}
