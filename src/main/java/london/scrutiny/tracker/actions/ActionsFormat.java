package london.scrutiny.tracker.actions;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/** The Summary List of Actions as a document ready to table: Markdown, HTML or CSV. */
enum ActionsFormat {

	MD(MediaType.valueOf("text/markdown;charset=UTF-8")) {
		@Override
		String render(SummaryOfActions summary) {
			StringBuilder out = new StringBuilder("# ").append(summary.title())
				.append("\n\n")
				.append(counts(summary))
				.append("\n\n| ")
				.append(ActionColumns.ALL.stream().map(ActionColumns.Column::header).collect(Collectors.joining(" | ")))
				.append(" |\n|")
				.append(" --- |".repeat(ActionColumns.ALL.size()))
				.append('\n');
			for (ActionItem item : summary.items()) {
				out.append("| ")
					.append(ActionColumns.ALL.stream()
						.map((c) -> c.value().apply(item).replace("|", "\\|").replaceAll("\\s+", " "))
						.collect(Collectors.joining(" | ")))
					.append(" |\n");
			}
			return out.toString();
		}
	},

	HTML(MediaType.valueOf("text/html;charset=UTF-8")) {
		@Override
		String render(SummaryOfActions summary) {
			StringBuilder out = new StringBuilder(
					"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
				.append(HtmlUtils.htmlEscape(summary.title()))
				.append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
						+ "th,td{border:1px solid #999;padding:4px;vertical-align:top;text-align:left}</style></head><body>\n<h1>")
				.append(HtmlUtils.htmlEscape(summary.title()))
				.append("</h1>\n<p>")
				.append(HtmlUtils.htmlEscape(counts(summary)))
				.append("</p>\n<table>\n<thead><tr>");
			ActionColumns.ALL.forEach(
					(c) -> out.append("<th scope=\"col\">").append(HtmlUtils.htmlEscape(c.header())).append("</th>"));
			out.append("</tr></thead>\n<tbody>\n");
			for (ActionItem item : summary.items()) {
				out.append("<tr>");
				ActionColumns.ALL.forEach(
						(c) -> out.append("<td>").append(HtmlUtils.htmlEscape(c.value().apply(item))).append("</td>"));
				out.append("</tr>\n");
			}
			return out.append("</tbody>\n</table>\n</body></html>\n").toString();
		}
	},

	CSV(MediaType.valueOf("text/csv;charset=UTF-8")) {
		@Override
		String render(SummaryOfActions summary) {
			StringBuilder out = new StringBuilder(
					row(ActionColumns.ALL.stream().map(ActionColumns.Column::header).toList()));
			for (ActionItem item : summary.items()) {
				out.append(row(ActionColumns.ALL.stream().map((c) -> c.value().apply(item)).toList()));
			}
			return out.toString();
		}

		/** RFC 4180: every field quoted, quotes doubled, lines ended with CRLF. */
		private static String row(List<String> fields) {
			return fields.stream().map((f) -> "\"" + f.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))
					+ "\r\n";
		}
	};

	private final MediaType mediaType;

	ActionsFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	abstract String render(SummaryOfActions summary);

	static String counts(SummaryOfActions summary) {
		return summary.items().size() + " actions: " + summary.count(ActionStatus.COMPLETED) + " completed, "
				+ summary.count(ActionStatus.IN_PROGRESS) + " in progress, " + summary.count(ActionStatus.OVERDUE)
				+ " overdue.";
	}

	static ActionsFormat parse(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
