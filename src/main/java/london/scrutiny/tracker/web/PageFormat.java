package london.scrutiny.tracker.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import london.scrutiny.tracker.support.UkDates;

import org.springframework.stereotype.Component;

/**
 * What templates call as {@code @fmt}: dates in words, status names in the Committee's
 * words with the badge that shows them, figures with their units, and links to pages.
 */
@Component("fmt")
public class PageFormat {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("AWAITING_RESPONSE", "Awaiting answer"),
			Map.entry("RESPONSE_OVERDUE", "Answer overdue"), Map.entry("RESPONDED", "Answered on time"),
			Map.entry("RESPONDED_LATE", "Answered late"), Map.entry("PARTIALLY_ACCEPTED", "Partly accepted"),
			Map.entry("NOTED", "Noted (no clear position)"), Map.entry("UPCOMING", "Deadline upcoming"),
			Map.entry("MET", "Deadline met"), Map.entry("MISSED", "Deadline missed"),
			Map.entry("COMMITTEE_REPORT", "Committee report"), Map.entry("COMMITTEE_MEETING", "Committee meeting"),
			Map.entry("RECOMMENDATION", "Recommendation"), Map.entry("ACTION", "Action point"));

	private static final Map<String, String> TONES = Map.ofEntries(Map.entry("RESPONDED", "good"),
			Map.entry("RESPONDED_LATE", "warn"), Map.entry("RESPONSE_OVERDUE", "bad"),
			Map.entry("AWAITING_RESPONSE", "neutral"), Map.entry("ACCEPTED", "good"),
			Map.entry("ALREADY_IN_PLACE", "good"), Map.entry("PARTIALLY_ACCEPTED", "warn"),
			Map.entry("NOT_ACCEPTED", "bad"), Map.entry("IMPLEMENTED", "good"), Map.entry("IN_PROGRESS", "warn"),
			Map.entry("NOT_IMPLEMENTED", "bad"), Map.entry("MET", "good"), Map.entry("MISSED", "bad"),
			Map.entry("UPCOMING", "neutral"), Map.entry("VERIFIED", "good"), Map.entry("REFUTED", "bad"),
			Map.entry("COMPLETED", "good"), Map.entry("OVERDUE", "bad"));

	/** "12 April 2021" from an ISO date or a LocalDate; empty for none. */
	public String date(Object value) {
		if (value instanceof java.time.LocalDate date) {
			return UkDates.format(date);
		}
		return UkDates.format((value != null) ? value.toString() : null);
	}

	/** A status, position or kind in words ("RESPONDED_LATE" reads "Answered late"). */
	public String label(Object value) {
		if (value == null) {
			return "Not assessed";
		}
		String name = value.toString();
		String known = LABELS.get(name);
		if (known != null) {
			return known;
		}
		String words = name.replace('_', ' ').toLowerCase(Locale.UK);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The CSS class of a status badge: good, warn, bad or neutral. */
	public String badge(Object value) {
		return "badge badge-" + ((value != null) ? TONES.getOrDefault(value.toString(), "neutral") : "neutral");
	}

	/** A figure as it reads: "£11,400,000", "45%", "592". */
	public String figure(Object value, Object unit, Object qualifier) {
		if (value == null) {
			return "";
		}
		BigDecimal number = new BigDecimal(value.toString());
		String amount = NumberFormat.getNumberInstance(Locale.UK).format(number);
		String text = switch ((unit != null) ? unit.toString() : "") {
			case "GBP" -> "£" + amount;
			case "PERCENT" -> amount + "%";
			case "COUNT", "" -> amount;
			default -> amount + " " + unit.toString().toLowerCase(Locale.UK);
		};
		String q = (qualifier != null) ? qualifier.toString() : "EXACT";
		return switch (q) {
			case "APPROXIMATE" -> "about " + text;
			case "MORE_THAN" -> "more than " + text;
			case "LESS_THAN" -> "less than " + text;
			case "NEARLY" -> "nearly " + text;
			case "AT_LEAST", "MINIMUM" -> "at least " + text;
			case "UP_TO", "MAXIMUM" -> "up to " + text;
			default -> text;
		};
	}

	/** How sure a draft is of an item, in words: "high (0.95): the reason". */
	public String confidence(london.scrutiny.tracker.importer.Confidence confidence) {
		if (confidence == null) {
			return "";
		}
		String level = (confidence.score() >= 0.8) ? "high" : (confidence.score() >= 0.5) ? "check" : "low";
		return "Confidence " + level + " (" + String.format(Locale.UK, "%.2f", confidence.score()) + "): "
				+ confidence.reason();
	}

	/** The class that colours a confidence: high, mid or low. */
	public String confidenceTone(london.scrutiny.tracker.importer.Confidence confidence) {
		if (confidence == null) {
			return "hint";
		}
		return (confidence.score() >= 0.8) ? "confidence-high"
				: (confidence.score() >= 0.5) ? "confidence-mid" : "confidence-low";
	}

	/** The nodes of a connection in a query's data. */
	public List<Map<String, Object>> nodes(Object connection) {
		return PublicPages.nodes(connection);
	}

	/** A search hit's node: what it is, its name and its page. */
	public Hit hit(Map<String, Object> node) {
		String type = (String) node.get("__typename");
		return switch (type) {
			case "Recommendation" ->
				new Hit("Ask", askName(node) + " · " + PublicPages.map(node.get("report")).get("title"),
						ask((String) node.get("id")));
			case "Response" -> {
				Map<String, Object> asked = PublicPages.map(node.get("recommendation"));
				String reference = (String) PublicPages.map(node.get("letter")).get("reference");
				yield new Hit("Answer", "Letter " + reference + " answering recommendation " + asked.get("number")
						+ " of " + PublicPages.map(asked.get("report")).get("title"), ask((String) asked.get("id")));
			}
			case "Programme" -> new Hit("Programme", (String) node.get("name"), programme((String) node.get("id")));
			case "Evidence" -> {
				Map<String, Object> source = PublicPages.map(node.get("source"));
				Map<String, Object> doc = (source != null) ? PublicPages.map(source.get("document")) : null;
				yield new Hit("Figure", (String) node.get("statement"), document(doc));
			}
			case "Letter" -> new Hit("Letter", "Letter " + node.get("reference") + " of " + date(node.get("sentOn")),
					letter((String) node.get("reference")));
			default ->
				new Hit(label(node.get("kind")), (String) Objects.requireNonNullElse(node.get("title"), node.get("id")),
						report((String) node.get("id")));
		};
	}

	/** The snippet cut where the words searched for occur, so a page can mark them. */
	public List<Piece> marked(String snippet, String words) {
		List<Piece> pieces = new ArrayList<>();
		if (snippet == null) {
			return pieces;
		}
		if (words == null || words.isBlank()) {
			pieces.add(new Piece(snippet, false));
			return pieces;
		}
		Matcher match = Pattern.compile(Pattern.quote(words.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(snippet);
		int at = 0;
		while (match.find()) {
			if (match.start() > at) {
				pieces.add(new Piece(snippet.substring(at, match.start()), false));
			}
			pieces.add(new Piece(match.group(), true));
			at = match.end();
		}
		if (at < snippet.length()) {
			pieces.add(new Piece(snippet.substring(at), false));
		}
		return pieces;
	}

	/** What a search hit is, what it is called, and where it is. */
	public record Hit(String kind, String title, String href) {
	}

	/** A run of text, marked where it matched. */
	public record Piece(String text, boolean hit) {
	}

	public String ask(String id) {
		return PageIds.ASK.href(id);
	}

	public String report(String id) {
		return PageIds.REPORT.href(id);
	}

	public String letter(String reference) {
		return PageIds.LETTER.href(reference);
	}

	public String programme(String id) {
		return PageIds.PROGRAMME.href(id);
	}

	public String committee(String id) {
		return PageIds.COMMITTEE.href(id);
	}

	/**
	 * The page of a source document: a letter's by its reference, anything else a
	 * report's.
	 */
	public String document(Map<String, Object> document) {
		if (document == null) {
			return null;
		}
		Object reference = document.get("reference");
		return (reference != null) ? letter(reference.toString()) : report((String) document.get("id"));
	}

	/** What an ask is called on a page: its title, else its number and kind. */
	public String askName(Map<String, Object> ask) {
		Object title = ask.get("title");
		String kind = "ACTION".equals(ask.get("kind")) ? "Action point " : "Recommendation ";
		return (title != null) ? title.toString() : kind + ask.get("number");
	}

}
