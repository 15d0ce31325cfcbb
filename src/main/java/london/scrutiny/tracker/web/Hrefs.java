package london.scrutiny.tracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every record in a query's data the page it links to, as {@code href}: ids say
 * what they name ({@code letter/...}, {@code programme/...}, {@code org/...}, an ask's
 * {@code report/number}), and a letter is linked by its reference. Templates then link
 * without calling code (Thymeleaf forbids code in link attributes).
 */
final class Hrefs {

	private static final Pattern ASK = Pattern.compile("^[^/#]+/\\d+$");

	private Hrefs() {
	}

	/** A copy of the data with an {@code href} on every record that has a page. */
	@SuppressWarnings("unchecked")
	static Object decorate(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((key, child) -> copy.put(key, decorate(child)));
			String href = href(copy);
			if (href != null && !copy.containsKey("href")) {
				copy.put("href", href);
			}
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach((item) -> copy.add(decorate(item)));
			return copy;
		}
		return value;
	}

	private static String href(Map<String, Object> record) {
		if (record.get("reference") instanceof String reference) {
			return PageIds.LETTER.href(reference);
		}
		if (!(record.get("id") instanceof String id)) {
			return null;
		}
		if (id.startsWith("letter/") && !id.contains("#")) {
			return PageIds.LETTER.href(id);
		}
		if (id.startsWith("programme/")) {
			return PageIds.PROGRAMME.href(id);
		}
		if (id.startsWith("org/")) {
			return PageIds.COMMITTEE.href(id);
		}
		if (ASK.matcher(id).matches()) {
			return PageIds.ASK.href(id);
		}
		if (id.contains("/") || id.contains("#") || !record.containsKey("title")) {
			return null;
		}
		return PageIds.REPORT.href(id);
	}

}
