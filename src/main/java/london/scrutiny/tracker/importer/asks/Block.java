package london.scrutiny.tracker.importer.asks;

/**
 * One unit of a document's layout: a heading, a paragraph, or a list item with its
 * marker. {@code number} is the printed number of a numbered item ("3." or
 * "Recommendation 3"), {@code label} the word before it where there is one
 * ("Recommendation"), {@code text} the words after the marker, lines joined.
 */
record Block(Type type, Integer number, String label, String text) {

	enum Type {

		/** A short line on its own that names a section. */
		HEADING,
		/** Running text. */
		PARAGRAPH,
		/** A minute paragraph numbered like "5.4". */
		MINUTE,
		/** A bulleted or dashed item. */
		BULLET,
		/** An item lettered "(a)" or "(iv)". */
		LETTERED,
		/** An item numbered "3.", "(3)" or "Recommendation 3". */
		NUMBERED

	}

	boolean isListItem() {
		return this.type == Type.BULLET || this.type == Type.LETTERED || this.type == Type.NUMBERED;
	}

	Block append(String more) {
		String joined;
		if (this.text.isEmpty()) {
			joined = more;
		}
		else if (this.text.endsWith("-") && !more.isEmpty() && Character.isLowerCase(more.charAt(0))
				&& this.text.length() > 1 && Character.isLetter(this.text.charAt(this.text.length() - 2))) {
			// A word hyphenated at the end of a line.
			joined = this.text.substring(0, this.text.length() - 1) + more;
		}
		else {
			joined = this.text + " " + more;
		}
		return new Block(this.type, this.number, this.label, joined);
	}

}
