package london.scrutiny.tracker.importer;

import java.text.NumberFormat;
import java.util.Locale;

import london.scrutiny.tracker.importer.LetterRejectedException.Reason;

/**
 * The checks every text passes before the parser reads it, cheapest first, so that a
 * clerk who pastes the wrong thing learns what is wrong with it rather than getting an
 * empty draft.
 */
final class InputCheck {

	/**
	 * More unprintable characters than this share means a binary file decoded as text.
	 * Converted PDFs carry the odd form feed, which is printable here; a real binary file
	 * runs far above 5%.
	 */
	static final double MAX_UNPRINTABLE_SHARE = 0.05;

	private InputCheck() {
	}

	static void check(String text) {
		if (text == null || text.isEmpty() || text.chars().allMatch(InputCheck::isSpace)) {
			throw new LetterRejectedException(Reason.EMPTY,
					"The text is empty. Paste the letter's text (converted from its PDF), not a blank page.");
		}
		if (text.length() > LetterParser.MAX_CHARACTERS) {
			throw new LetterRejectedException(Reason.OVERSIZED,
					"The text has " + count(text.length()) + " characters; the importer takes at most "
							+ count(LetterParser.MAX_CHARACTERS) + " (one letter with its annex is far shorter). "
							+ "Check that it is one letter, or split it.");
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw new LetterRejectedException(Reason.BINARY, "The text contains a NUL character (at character "
					+ count(nul + 1) + "): it is a binary file, not text. Convert the PDF to text first.");
		}
		if (text.startsWith("%PDF-")) {
			throw new LetterRejectedException(Reason.BINARY,
					"This is a PDF file, not its text. Convert the PDF to text first.");
		}
		long unprintable = text.chars().filter(InputCheck::isUnprintable).count();
		if (unprintable > text.length() * MAX_UNPRINTABLE_SHARE) {
			throw new LetterRejectedException(Reason.BINARY,
					count(unprintable) + " of its " + count(text.length())
							+ " characters are unprintable: it is a binary file or text in the wrong encoding, not a "
							+ "letter's text. Convert it to UTF-8 text first.");
		}
	}

	private static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

	/**
	 * Control characters other than the white space text uses, and the replacement
	 * character bad decoding leaves.
	 */
	private static boolean isUnprintable(int c) {
		if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
			return false;
		}
		return Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.UNASSIGNED
				|| Character.getType(c) == Character.PRIVATE_USE;
	}

	private static String count(long n) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(n);
	}

}
