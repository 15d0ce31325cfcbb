package london.scrutiny.tracker.importer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PDF page prints around the letter, which conversion leaves in the middle of it:
 * the issuer's letterhead repeated on each page, contact and address footers, page
 * numbers, and the description that stands in for a signature image. None of it belongs
 * to an answer.
 */
final class PageFurniture {

	/**
	 * The letterhead of the Mayor of London and of MOPAC, the two issuers whose letters
	 * the tracker follows. It is written in capitals on every page, so a capitalised line
	 * with exactly these words is furniture, while "Mayor of London" as a signatory's
	 * role is not. It is the issuers' letterhead, the same on every letter they send, not
	 * anything read from one letter.
	 */
	private static final Set<String> LETTERHEAD = withLetterSpacing(
			Set.of("MAYOR OF LONDON", "OFFICE FOR POLICING AND CRIME", "MOPAC"));

	/**
	 * An address starts where a run of address characters starts (the look-behind), so a
	 * long run without an "@" is read once, not once from each of its characters.
	 */
	static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+");

	/** A UK postcode: address footers end with one. */
	static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");

	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?");

	private static final Pattern SIGNATURE_IMAGE = Pattern
		.compile("(?i)^(?:an?\\s+)?(?:handwritten|hand-written|scanned|digital|electronic)?\\s*signature\\b");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private PageFurniture() {
	}

	/**
	 * Each letterhead, and each one-word letterhead letter-spaced as well ("M O P A C"):
	 * a name set in spaced capitals converts to letters apart.
	 */
	private static Set<String> withLetterSpacing(Set<String> letterheads) {
		Set<String> forms = new java.util.HashSet<>(letterheads);
		letterheads.stream().filter((l) -> !l.contains(" ")).forEach((l) -> forms.add(String.join(" ", l.split(""))));
		return Set.copyOf(forms);
	}

	static boolean isFurniture(String raw) {
		String plain = Markup.plain(raw);
		if (plain.isEmpty()) {
			return false;
		}
		return isLetterhead(plain) || isContactLine(plain) || isAddressFooter(plain)
				|| PAGE_NUMBER.matcher(plain).matches() || isSignatureImage(plain);
	}

	static boolean isLetterhead(String plain) {
		return LETTERHEAD.contains(plain);
	}

	/**
	 * The text after a letterhead phrase glued to its start ("MAYOR OF LONDONJane Roe
	 * AM"), or the text itself.
	 */
	static String withoutLetterhead(String plain) {
		for (String letterhead : LETTERHEAD) {
			if (plain.length() > letterhead.length() && plain.startsWith(letterhead)
					&& !Character.isLowerCase(plain.charAt(letterhead.length()))) {
				return withoutLetterhead(plain.substring(letterhead.length()).strip());
			}
		}
		return plain;
	}

	/**
	 * A line that is an email address, perhaps with a label such as "EMAIL" and a dash: a
	 * page footer.
	 */
	static boolean isContactLine(String plain) {
		if (!EMAIL.matcher(plain).find()) {
			return false;
		}
		String rest = EMAIL.matcher(LINK.matcher(plain).replaceAll("$1")).replaceAll(" ");
		rest = rest.replaceAll("(?i)\\b(?:e-?mail|tel|telephone|phone|web)\\b", " ").replaceAll("[^\\p{L}]+", " ");
		return Markup.words(rest) <= 1;
	}

	/**
	 * An address printed in capitals, ending with a postcode: "12 EXAMPLE STREET, LONDON,
	 * SE1 9ZZ".
	 */
	static boolean isAddressFooter(String plain) {
		return plain.chars().noneMatch(Character::isLowerCase) && POSTCODE.matcher(plain).find();
	}

	/**
	 * The text conversion's description of a signature image: "A handwritten signature in
	 * blue ink, ...".
	 */
	static boolean isSignatureImage(String plain) {
		return SIGNATURE_IMAGE.matcher(plain).find();
	}

}
