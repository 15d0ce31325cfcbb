package london.scrutiny.tracker.search;

import java.util.List;

/**
 * A thing found, how well it matched, and the passages that show why: the first is the
 * snippet, and its field the field matched.
 */
public record SearchHit(Object node, float score, List<Fragment> highlights) {

	public SearchHit {
		highlights = List.copyOf(highlights);
	}

	/** The field of the first passage. */
	public String matchedField() {
		return this.highlights.isEmpty() ? "" : this.highlights.get(0).field();
	}

	/** The first passage's text. */
	public String snippet() {
		return this.highlights.isEmpty() ? "" : this.highlights.get(0).text();
	}

}
