package london.scrutiny.tracker.importer;

/**
 * Keeps quotes to a readable length. A quote is normally the sentence (or table row) that
 * states a fact; text without full stops can make that "sentence" the whole letter, and a
 * quote of it on every figure would swell the draft beyond use. A longer one is cut, at
 * spaces, to a window around what it quotes: still verbatim, since it is still a
 * substring of the text.
 */
final class Quotes {

	/** The longest quote, in characters: about five long sentences. */
	static final int MAX = 1_000;

	private Quotes() {
	}

	/**
	 * {@code text} itself if short enough, else a window of it around
	 * {@code [start, end)}, without outer markup.
	 */
	static String around(String text, int start, int end) {
		if (text.length() <= MAX) {
			return Markup.inner(text);
		}
		int middle = Math.min(Math.max(0, start), text.length());
		int from = Math.max(0, middle - MAX / 2);
		int to = Math.min(text.length(), from + MAX);
		from = Math.max(0, to - MAX);
		// Cut inwards, at spaces, so that no word is split and the window never grows
		// past MAX.
		while (from > 0 && from < middle && !Character.isWhitespace(text.charAt(from - 1))) {
			from++;
		}
		while (to < text.length() && to > Math.max(end, middle) && !Character.isWhitespace(text.charAt(to))) {
			to--;
		}
		return Markup.inner(text.substring(from, to));
	}

	/** {@code text} itself if short enough, else its beginning, cut at a space. */
	static String start(String text) {
		return around(text, 0, 0);
	}

}
