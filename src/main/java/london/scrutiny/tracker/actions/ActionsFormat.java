package london.scrutiny.tracker.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.support.UkDates;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * The Summary List of Actions as a document ready to table: Markdown, HTML (laid out for
 * A4 portrait when printed) or CSV. Dates are written as the Committee writes them ("12
 * April 2021"), and the actions are grouped by the meeting or report they come from.
 */
enum ActionsFormat {

	MD(MediaType.valueOf("text/markdown;charset=UTF-8"), "md") {
		@Override
		String render(SummaryOfActions summary, List<ActionItem> items, String agendaItem) {
			StringBuilder out = new StringBuilder("# ").append(title(summary))
				.append("\n\n")
				.append(heading(summary, agendaItem))
				.append("\n\n")
				.append(counts(summary))
				.append('\n');
			groups(items).forEach((source, group) -> {
				out.append("\n## ").append(groupHeading(source)).append("\n\n| ");
				out.append(headers(group).stream().collect(Collectors.joining(" | ")))
					.append(" |\n|")
					.append(" --- |".repeat(ActionColumns.PAPER.size()))
					.append('\n');
				for (ActionItem item : group) {
					out.append("| ")
						.append(ActionColumns.PAPER.stream()
							.map((c) -> c.value().apply(item).replace("|", "\\|").replaceAll("\\s+", " "))
							.collect(Collectors.joining(" | ")))
						.append(" |\n");
				}
			});
			return out.toString();
		}
	},

	HTML(MediaType.valueOf("text/html;charset=UTF-8"), "html") {
		@Override
		String render(SummaryOfActions summary, List<ActionItem> items, String agendaItem) {
			StringBuilder out = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>")
				.append(escape(title(summary)))
				.append("</title>\n<style>")
				.append(STYLE)
				.append("</style></head><body>\n<header><p class=\"committee\">")
				.append(escape(summary.committee().name()))
				.append("</p>\n<p class=\"agenda\">")
				.append(escape(heading(summary, agendaItem)))
				.append("</p>\n<h1>Summary List of Actions</h1>\n<p>")
				.append(escape(counts(summary)))
				.append("</p></header>\n<main>\n");
			groups(items).forEach((source, group) -> {
				out.append("<section>\n<h2>").append(escape(groupHeading(source))).append("</h2>\n<table>\n");
				out.append("<colgroup><col class=\"item\"><col class=\"topic\"><col class=\"status\">"
						+ "<col class=\"who\"></colgroup>\n<thead><tr>");
				headers(group).forEach((h) -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
				out.append("</tr></thead>\n<tbody>\n");
				for (ActionItem item : group) {
					out.append("<tr>");
					ActionColumns.PAPER
						.forEach((c) -> out.append("<td>").append(escape(c.value().apply(item))).append("</td>"));
					out.append("</tr>\n");
				}
				out.append("</tbody>\n</table>\n</section>\n");
			});
			return out.append("</main>\n</body></html>\n").toString();
		}
	},

	CSV(MediaType.valueOf("text/csv;charset=UTF-8"), "csv") {
		@Override
		String render(SummaryOfActions summary, List<ActionItem> items, String agendaItem) {
			StringBuilder out = new StringBuilder(
					row(ActionColumns.ALL.stream().map(ActionColumns.Column::header).toList()));
			for (ActionItem item : items) {
				out.append(row(ActionColumns.ALL.stream().map((c) -> c.value().apply(item)).toList()));
			}
			return out.toString();
		}

		/** RFC 4180: every field quoted, quotes doubled, lines ended with CRLF. */
		private static String row(List<String> fields) {
			return fields.stream()
				.map((f) -> "\"" + neutralised(f).replace("\"", "\"\"") + "\"")
				.collect(Collectors.joining(",")) + "\r\n";
		}
	};

	/**
	 * The paper's layout: on screen a page's width; printed, A4 portrait (186 mm of text
	 * between 12 mm margins, under 794 px) with the page number in the footer and each
	 * table's headers repeated on every page.
	 */
	private static final String STYLE = """
			body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35;color:#1b1b1b;\
			max-width:186mm;margin:1rem auto;padding:0 .5rem}\
			header .committee{font-weight:700;margin:0}header .agenda{margin:.25rem 0 0}\
			h1{font-size:16pt;margin:.5rem 0}h2{font-size:12.5pt;margin:1.25rem 0 .4rem}\
			table{width:100%;border-collapse:collapse;table-layout:fixed}\
			col.item{width:17%}col.topic{width:40%}col.status{width:27%}col.who{width:16%}\
			th,td{border:1px solid #595959;padding:4px 5px;vertical-align:top;text-align:left;overflow-wrap:anywhere}th{overflow-wrap:normal}\
			thead th{background:#e8e8e8}thead{display:table-header-group}tr{break-inside:avoid}\
			h2{break-after:avoid}\
			@page{size:A4 portrait;margin:14mm 12mm 16mm 12mm;\
			@bottom-center{content:"Page " counter(page) " of " counter(pages);font:9pt Arial,Helvetica,sans-serif}}\
			@media print{body{margin:0;padding:0;max-width:none;font-size:10pt}}""";

	private final MediaType mediaType;

	private final String extension;

	ActionsFormat(MediaType mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The file a download is saved as: {@code pcc-summary-of-actions-2022-06-01.csv}.
	 */
	String fileName(SummaryOfActions summary) {
		String committee = (summary.committee().shortName() != null) ? summary.committee().shortName()
				: summary.committee().id().replaceFirst("^org/", "");
		String slug = committee.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug + "-summary-of-actions-" + summary.asOf() + "." + this.extension;
	}

	abstract String render(SummaryOfActions summary, List<ActionItem> items, String agendaItem);

	static String title(SummaryOfActions summary) {
		return summary.committee().name() + ": Summary List of Actions as of " + UkDates.format(summary.asOf());
	}

	/** The agenda-item header: the meeting's date, and the item's number where given. */
	static String heading(SummaryOfActions summary, String agendaItem) {
		String item = (agendaItem != null && !agendaItem.isBlank()) ? "Agenda item " + agendaItem.strip()
				: "Agenda item";
		return item + ": Summary List of Actions, for the meeting of " + UkDates.format(summary.asOf());
	}

	static String counts(SummaryOfActions summary) {
		return summary.lines().size() + " actions: " + summary.count(ActionStatus.COMPLETED) + " completed, "
				+ summary.count(ActionStatus.IN_PROGRESS) + " in progress, " + summary.count(ActionStatus.OVERDUE)
				+ " overdue.";
	}

	/** The actions by the meeting or report they come from, in the list's order. */
	static Map<SourceDocument, List<ActionItem>> groups(List<ActionItem> items) {
		Map<String, SourceDocument> sources = new LinkedHashMap<>();
		Map<String, List<ActionItem>> byId = new LinkedHashMap<>();
		for (ActionItem item : items) {
			sources.putIfAbsent(item.source().id(), item.source());
			byId.computeIfAbsent(item.source().id(), (k) -> new ArrayList<>()).add(item);
		}
		Map<SourceDocument, List<ActionItem>> groups = new LinkedHashMap<>();
		byId.forEach((id, group) -> groups.put(sources.get(id), group));
		return groups;
	}

	/**
	 * A group's heading: the meeting and its date, or the report and when it was shared.
	 */
	static String groupHeading(SourceDocument source) {
		String title = (source.title() != null) ? source.title() : source.id();
		if (source.kind() == DocumentKind.COMMITTEE_MEETING) {
			String date = UkDates.format(source.date());
			return title.contains(date) || date.isEmpty() ? "Actions from the " + title
					: "Actions from the meeting of " + date + ": " + title;
		}
		String shared = UkDates.format(source.askedOn());
		return "Recommendations of the report " + title + (shared.isEmpty() ? "" : ", shared " + shared);
	}

	private static List<String> headers(List<ActionItem> items) {
		List<String> headers = new ArrayList<>(ActionColumns.PAPER.stream().map(ActionColumns.Column::header).toList());
		headers.set(0, ActionColumns.itemHeader(items.get(0)));
		return headers;
	}

	/**
	 * A cell a spreadsheet would run as a formula ({@code = + - @}, or a tab or carriage
	 * return before one) is prefixed with an apostrophe, so it is shown as text.
	 */
	static String neutralised(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
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
