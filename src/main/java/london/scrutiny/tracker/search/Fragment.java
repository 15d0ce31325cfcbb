package london.scrutiny.tracker.search;

import java.util.List;

/**
 * A passage of one field with the words that matched: {@code text} verbatim but for runs
 * of white space collapsed (and an ellipsis where it is cut from a longer text),
 * {@code matches} the stretches of {@code text} that matched, in order, not overlapping.
 */
public record Fragment(String field, String text, List<Match> matches) {

	/** The passage as HTML: the text escaped, each match inside {@code <mark>}. */
	public String marked() {
		StringBuilder html = new StringBuilder();
		int at = 0;
		for (Match match : this.matches) {
			escape(html, this.text.substring(at, match.start()));
			html.append("<mark>");
			escape(html, this.text.substring(match.start(), match.end()));
			html.append("</mark>");
			at = match.end();
		}
		escape(html, this.text.substring(at));
		return html.toString();
	}

	private static void escape(StringBuilder html, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				default -> html.append(c);
			}
		}
	}

	/**
	 * A stretch of the text: from {@code start} up to but not including {@code end}, in
	 * UTF-16 units (as JavaScript's {@code slice} counts).
	 */
	public record Match(int start, int end) {
	}

}
