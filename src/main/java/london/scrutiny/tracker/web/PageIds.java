package london.scrutiny.tracker.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * Ids in page paths. An id keeps its slashes ({@code /asks/pcc-2022-vawg/6}), and a
 * prefix that repeats the page's kind may be dropped ({@code /programmes/drive} for
 * {@code programme/drive}); links are written in that short form.
 */
enum PageIds {

	REPORT("/reports/", ""), ASK("/asks/", ""), LETTER("/letters/", "letter/"), PROGRAMME("/programmes/", "programme/"),
	COMMITTEE("/committees/", "org/");

	private final String path;

	private final String prefix;

	PageIds(String path, String prefix) {
		this.path = path;
		this.prefix = prefix;
	}

	/**
	 * The stored id from the rest of a path as {@code {*id}} captures it
	 * ({@code /drive}); for letters, the reference.
	 */
	String id(String captured) {
		String id = captured.startsWith("/") ? captured.substring(1) : captured;
		if (this == LETTER) {
			return id.startsWith(this.prefix) ? id.substring(this.prefix.length()) : id;
		}
		return (id.startsWith(this.prefix)) ? id : this.prefix + id;
	}

	/** The page of a stored id (for letters, of a reference), in the short form. */
	String href(String id) {
		if (id == null) {
			return null;
		}
		String shortId = (!this.prefix.isEmpty() && id.startsWith(this.prefix)) ? id.substring(this.prefix.length())
				: id;
		return this.path + Arrays.stream(shortId.split("/", -1))
			.map((segment) -> UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8))
			.collect(Collectors.joining("/"));
	}

}
