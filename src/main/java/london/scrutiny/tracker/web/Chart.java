package london.scrutiny.tracker.web;

import java.util.List;

/**
 * A picture drawn on the server as inline SVG: shapes and labels in a view box, with a
 * title and a description in words that stand in for it (its text alternative).
 */
public record Chart(String id, String title, String description, int width, int height, List<Mark> marks,
		List<Label> labels, List<Legend> legend) {

	/**
	 * A filled rectangle; {@code tone} names its colour class, {@code tip} what it shows.
	 */
	public record Mark(double x, double y, double width, double height, String tone, String tip) {
	}

	/** Text in the picture; {@code anchor} is start, middle or end. */
	public record Label(double x, double y, String text, String anchor, String tone) {
	}

	/** A key entry. */
	public record Legend(String tone, String text) {
	}

}
