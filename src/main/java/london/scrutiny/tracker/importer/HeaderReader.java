package london.scrutiny.tracker.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.store.References;
import london.scrutiny.tracker.support.Precision;

/**
 * Reads a letter's head: its reference, its date, to whom it is addressed, and where the
 * salutation opens the body. Letterheads differ, so the reader looks for labels ("Our
 * ref:", "Date:") first and falls back on the shapes these lines take.
 */
final class HeaderReader {

	/**
	 * How far into a letter its head may run, in lines: a reference further down is one
	 * the letter cites.
	 */
	static final int HEAD_LINES = 60;

	/**
	 * "Our ref: ABC140324- X1234". The reference is capitals and digits, its parts joined
	 * by dashes or slashes (spaces around them allowed), and it stops before lower case,
	 * so a label glued to it by the conversion ("ABC140324-7616Date:") is not read as
	 * part of it.
	 */
	private static final Pattern OUR_REFERENCE = Pattern.compile("(?i:\\bour\\s+ref(?:erence)?\\b)[ \\t]*[:.]?[ \\t*]*"
			+ "([A-Z][A-Z0-9]*\\d[A-Z0-9]*?(?:[ \\t]*[-/][ \\t]*[A-Z]{0,3}\\d+)*)(?![a-z0-9])");

	/**
	 * An issuer's reference without its label: letters, six digits (ddmmyy), a dash and a
	 * serial.
	 */
	private static final Pattern BARE_REFERENCE = Pattern
		.compile("\\b([A-Z]{2,8}\\d{6}[ \\t]*-[ \\t]*[A-Z]?\\d{2,6})\\b");

	/** "Date:", even glued to what precedes it ("...-7616Date: 18 August 2022"). */
	private static final Pattern DATE_LABEL = Pattern.compile("(?i:(?<![a-z])date\\s*:)[ \\t*]*");

	private static final Pattern SALUTATION = Pattern.compile("^(?:Dear|To whom it may concern)\\b\\s*(.*?)[,:]?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Words of office: a line holding one, under a name, is the addressee's role rather
	 * than an address.
	 */
	private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:chair|chairman|chairwoman|chairperson|chief|"
			+ "commissioner|mayor|deputy|director|secretary|minister|member|officer|executive|head|inspector|"
			+ "president|leader|clerk|manager|committee|lead|cabinet|spokesperson)\\b");

	/** Words a role line that wraps ends on: the next line continues it. */
	private static final Pattern CONTINUES = Pattern.compile("(?i)(?:\\b(?:and|of|the|for|to|on)|[&,])$");

	/**
	 * An address line: "c/o ...", or one starting with a house number. Street words are
	 * not enough, since names hold them too (Jane Hall); lines under the name that are
	 * not a role end the role anyway.
	 */
	private static final Pattern ADDRESS_LINE = Pattern.compile("(?i)^(?:c/o\\b|\\d+[a-z]?\\s)");

	private static final Pattern NAME_SHAPE = Pattern.compile("^[\\p{Lu}][\\p{L}'’.\\- ]*+$");

	private static final Pattern LETTER_FROM = Pattern
		.compile("(?i)(?:covering\\s++)?letter\\s++from\\s++(?:the\\s++)?");

	/**
	 * A letterhead's contact lines: a block holding one is the sender's, not the
	 * addressee's.
	 */
	private static final Pattern CONTACT = Pattern.compile("(?i)^(?:tel|telephone|fax|phone|web|www\\.)\\b");

	/** Titles and letters after a name that mark it as a person's. */
	private static final Pattern HONORIFIC = Pattern.compile("(?:^|\\s)(?:Rt|Hon|Dame|Sir|Dr|Mr|Mrs|Ms|Miss|Lord|Lady|"
			+ "Baroness|Baron|Cllr|Councillor|Professor|Prof|MP|AM|OBE|CBE|MBE|QPM|KC|QC|DBE|KBE)\\.?(?=\\s|$)");

	/** Small words a name or an organisation's title may hold in lower case. */
	private static final Pattern CONNECTOR = Pattern.compile("^(?:of|the|and|for|&|de|van|von|du|la|le)$");

	private static final Pattern STARS = Pattern.compile("\\*{2,}");

	private HeaderReader() {
	}

	/** The head of a letter; {@code salutationLine} is -1 when there is no salutation. */
	record Header(DraftReference reference, int referenceLine, DraftDate date, int dateLine,
			List<DraftParty> recipients, int salutationLine, String salutationName, int bodyStart, DraftParty writer) {
	}

	static Header read(LetterText letter) {
		int limit = Math.min(letter.size(), HEAD_LINES);
		int salutation = -1;
		String salutationName = null;
		for (int i = 0; i < limit; i++) {
			Matcher match = SALUTATION.matcher(letter.line(i).plain());
			if (match.matches()) {
				salutation = i;
				salutationName = match.group(1).isBlank() ? null : match.group(1).strip();
				break;
			}
		}
		int headLimit = (salutation >= 0) ? salutation : limit;
		Located<DraftReference> reference = reference(letter, limit);
		Located<DraftDate> date = date(letter, headLimit);
		int bodyStart = 0;
		if (salutation >= 0) {
			bodyStart = salutation + 1;
		}
		else if (reference != null || date != null) {
			bodyStart = Math.max(reference != null ? reference.line : -1, date != null ? date.line : -1) + 1;
		}
		int addresseeEnd = headLimit;
		for (Located<?> labelled : new Located<?>[] { reference, date }) {
			if (labelled != null) {
				addresseeEnd = Math.min(addresseeEnd, labelled.line);
			}
		}
		// Without a salutation, only a block above the letter's reference or date is an
		// addressee block: a memorandum's first lines are its title and headings.
		List<DraftParty> recipients = (salutation < 0 && reference == null && date == null) ? List.of()
				: recipients(letter, addresseeEnd, salutationName);
		return new Header(reference != null ? reference.value : null, reference != null ? reference.line : -1,
				date != null ? date.value : null, date != null ? date.line : -1, recipients, salutation, salutationName,
				bodyStart, writer(letter, headLimit));
	}

	private record Located<T>(T value, int line) {
	}

	/**
	 * "Letter from the Home Secretary to ...", "Letter from Jane Roe, Chief Executive": a
	 * page title that names who writes, where the excerpt has no signature. A name is
	 * told from a role by the words of office a role holds.
	 */
	private static DraftParty writer(LetterText letter, int limit) {
		for (int i = 0; i < Math.min(limit, letter.size()); i++) {
			String plain = letter.line(i).plain();
			if (plain.length() > 300 || !LETTER_FROM.matcher(plain).lookingAt()) {
				continue;
			}
			Matcher from = LETTER_FROM.matcher(plain);
			from.lookingAt();
			String rest = plain.substring(from.end());
			int to = rest.indexOf(" to ");
			rest = (to > 0) ? rest.substring(0, to) : rest;
			int bracket = rest.indexOf(" (");
			rest = (bracket > 0) ? rest.substring(0, bracket) : rest;
			rest = rest.strip();
			int comma = rest.indexOf(", ");
			Confidence confidence = Confidence.of(0.6, "named by the title \"" + Quotes.start(plain) + "\"");
			if (comma > 0) {
				return new DraftParty(rest.substring(0, comma), rest.substring(comma + 2).strip(), null, confidence);
			}
			if (rest.isEmpty()) {
				return null;
			}
			return ROLE_WORD.matcher(rest).find() ? new DraftParty(null, rest, null, confidence)
					: new DraftParty(rest, null, null, confidence);
		}
		return null;
	}

	private static Located<DraftReference> reference(LetterText letter, int limit) {
		for (int i = 0; i < limit; i++) {
			Matcher match = OUR_REFERENCE.matcher(letter.line(i).raw());
			if (match.find()) {
				return new Located<>(reference(match.group(1), Confidence.of(0.95, "labelled \"Our ref\"")), i);
			}
		}
		for (int i = 0; i < limit; i++) {
			Matcher match = BARE_REFERENCE.matcher(letter.line(i).raw());
			if (match.find()) {
				return new Located<>(
						reference(match.group(1),
								Confidence.of(0.6, "has the shape of an issuer's reference but no \"Our ref\" label")),
						i);
			}
		}
		return null;
	}

	private static DraftReference reference(String asWritten, Confidence confidence) {
		String written = asWritten.strip();
		return new DraftReference(References.canonical(written), written, confidence);
	}

	/**
	 * The letter's date: after a "Date:" label, or on a line of its own, in any form
	 * ("5th March 2024", "March 5, 2024", "05/03/2024" read day first, "April 2021" to
	 * the month). A line that only says when a web page was published or updated is not
	 * the letter's date, and has no date of its own anyway.
	 */
	private static Located<DraftDate> date(LetterText letter, int limit) {
		for (int i = 0; i < limit; i++) {
			String raw = letter.line(i).raw();
			Matcher label = DATE_LABEL.matcher(raw);
			if (label.find()) {
				DateWords.Stated date = DateWords.at(raw, label.end());
				if (date != null) {
					return located(date, i, Confidence.of(0.95, "labelled \"Date\""));
				}
			}
		}
		for (int i = 0; i < limit; i++) {
			String plain = letter.line(i).plain();
			DateWords.Stated date = DateWords.at(plain, 0);
			if (date != null && date.asWritten().length() >= plain.replaceFirst("[.,]$", "").length()) {
				boolean figures = date.asWritten().chars().noneMatch(Character::isLetter);
				String how = (date.precision() == Precision.MONTH)
						? "a month and year on a line of their own: the letter is dated to the month"
						: figures ? "a date in figures on a line of its own, read day first"
								: "a date on a line of its own in the letter's head";
				return located(date, i, Confidence.of(figures ? 0.7 : 0.85, how));
			}
		}
		return null;
	}

	private static Located<DraftDate> located(DateWords.Stated date, int line, Confidence confidence) {
		return new Located<>(new DraftDate(date.value(), date.asWritten(), date.precision(), confidence), line);
	}

	/**
	 * The addressee block: the first line above the reference that is neither letterhead
	 * nor address is the name; lines under it holding a word of office are its role. Bold
	 * runs glued together by the conversion ({@code **MAYOR OF LONDON****Jane Roe AM**})
	 * are separate lines.
	 */
	private static List<DraftParty> recipients(LetterText letter, int end, String salutationName) {
		String name = null;
		StringBuilder role = new StringBuilder();
		boolean roleClosed = false;
		boolean[] letterhead = letterheadBlocks(letter, Math.min(end, letter.size()));
		for (int i = 0; i < Math.min(end, letter.size()); i++) {
			if (letterhead[i]) {
				continue;
			}
			for (String part : STARS.split(letter.line(i).raw())) {
				String text = PageFurniture.withoutLetterhead(Markup.plain(part));
				if (text.isEmpty() || PageFurniture.isLetterhead(text) || PageFurniture.EMAIL.matcher(text).find()) {
					continue;
				}
				if (name == null) {
					if (isAddress(text) || !isName(text)) {
						continue;
					}
					name = text;
				}
				else if (!roleClosed && (role.isEmpty() && ROLE_WORD.matcher(text).find() && !isAddress(text)
						|| !role.isEmpty() && CONTINUES.matcher(role).find())) {
					role.append(role.isEmpty() ? "" : " ").append(text);
				}
				else {
					roleClosed = true;
				}
			}
		}
		if (name == null) {
			if (salutationName == null || isGeneric(salutationName)) {
				return List.of();
			}
			return List.of(new DraftParty(salutationName, null, null,
					Confidence.of(0.4, "only the salutation names the addressee")));
		}
		String roleText = role.isEmpty() ? null : role.toString();
		double score = (roleText != null) ? 0.85 : 0.7;
		String reason = (roleText != null) ? "the addressee block names a person and a role"
				: "the addressee block names them, without a role";
		if (salutationName != null && !isGeneric(salutationName)
				&& name.toLowerCase(Locale.ROOT).startsWith(salutationName.toLowerCase(Locale.ROOT).split("\\s+")[0])) {
			score += 0.05;
			reason += "; the salutation agrees";
		}
		return List.of(new DraftParty(name, roleText, null, Confidence.of(score, reason)));
	}

	/**
	 * A line that can be a person's or a body's name: capitalised words (small joining
	 * words aside), two or more of them unless it is an acronym ("HMICFRS"), or a title
	 * or post-nominal that marks a person ("Rt Hon ... MP"). A page's category ("Policy
	 * paper") or a heading in sentence case is not.
	 */
	static boolean isName(String text) {
		if (!NAME_SHAPE.matcher(text).matches() || Markup.words(text) > 8) {
			return false;
		}
		if (HONORIFIC.matcher(text).find()) {
			return true;
		}
		String[] words = text.strip().split("\\s+");
		if (words.length == 1) {
			return words[0].length() >= 2 && words[0].chars().noneMatch(Character::isLowerCase);
		}
		for (String word : words) {
			if (!Character.isUpperCase(word.charAt(0)) && !CONNECTOR.matcher(word).matches()) {
				return false;
			}
		}
		return true;
	}

	/** Lines in a blank-separated block that holds a telephone, fax or web line. */
	private static boolean[] letterheadBlocks(LetterText letter, int end) {
		boolean[] letterhead = new boolean[end];
		int blockStart = 0;
		boolean contact = false;
		for (int i = 0; i <= end; i++) {
			boolean blank = i == end || letter.line(i).isBlank();
			if (blank) {
				for (int j = blockStart; j < i; j++) {
					letterhead[j] = contact;
				}
				blockStart = i + 1;
				contact = false;
			}
			else if (CONTACT.matcher(letter.line(i).plain()).find()) {
				contact = true;
			}
		}
		return letterhead;
	}

	private static boolean isAddress(String text) {
		return ADDRESS_LINE.matcher(text).find() || PageFurniture.POSTCODE.matcher(text).find();
	}

	private static boolean isGeneric(String salutationName) {
		return salutationName.matches("(?i).*\\b(?:sir|madam|colleague|colleagues|all|friends?|chair)\\b.*");
	}

}
