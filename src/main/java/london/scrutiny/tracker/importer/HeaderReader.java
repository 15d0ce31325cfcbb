package london.scrutiny.tracker.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import london.scrutiny.tracker.store.References;

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

	private static final Pattern NAME_SHAPE = Pattern.compile("^[\\p{Lu}][\\p{L}'’.\\- ]*$");

	private HeaderReader() {
	}

	/** The head of a letter; {@code salutationLine} is -1 when there is no salutation. */
	record Header(DraftReference reference, int referenceLine, DraftDate date, int dateLine,
			List<DraftParty> recipients, int salutationLine, String salutationName, int bodyStart) {
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
		return new Header(reference != null ? reference.value : null, reference != null ? reference.line : -1,
				date != null ? date.value : null, date != null ? date.line : -1,
				recipients(letter, addresseeEnd, salutationName), salutation, salutationName, bodyStart);
	}

	private record Located<T>(T value, int line) {
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

	private static Located<DraftDate> date(LetterText letter, int limit) {
		for (int i = 0; i < limit; i++) {
			String raw = letter.line(i).raw();
			Matcher label = DATE_LABEL.matcher(raw);
			if (label.find()) {
				Matcher date = DateWords.DAY_MONTH_YEAR.matcher(raw);
				if (date.find(label.end()) && date.start() == label.end() && date.group(3) != null) {
					return located(date, i, Confidence.of(0.95, "labelled \"Date\""));
				}
			}
		}
		for (int i = 0; i < limit; i++) {
			String plain = letter.line(i).plain();
			Matcher date = DateWords.DAY_MONTH_YEAR.matcher(plain);
			if (date.matches() && date.group(3) != null) {
				Matcher inRaw = DateWords.DAY_MONTH_YEAR.matcher(letter.line(i).raw());
				inRaw.find();
				return located(inRaw, i, Confidence.of(0.85, "a date on a line of its own in the letter's head"));
			}
			Matcher numeric = DateWords.NUMERIC.matcher(plain);
			int month = numeric.matches() ? Integer.parseInt(numeric.group(2)) : 0;
			if (month >= 1 && month <= 12) {
				LocalDate value = DateWords.date(Integer.parseInt(numeric.group(3)), java.time.Month.of(month),
						Integer.parseInt(numeric.group(1)));
				if (value != null) {
					return new Located<>(new DraftDate(value, numeric.group(),
							Confidence.of(0.7, "a date in figures on a line of its own, read day first")), i);
				}
			}
		}
		return null;
	}

	private static Located<DraftDate> located(Matcher date, int line, Confidence confidence) {
		LocalDate value = DateWords.date(date, null);
		return (value != null) ? new Located<>(new DraftDate(value, date.group(), confidence), line) : null;
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
		for (int i = 0; i < Math.min(end, letter.size()); i++) {
			for (String part : letter.line(i).raw().split("\\*{2,}")) {
				String text = PageFurniture.withoutLetterhead(Markup.plain(part));
				if (text.isEmpty() || PageFurniture.isLetterhead(text) || PageFurniture.EMAIL.matcher(text).find()) {
					continue;
				}
				if (name == null) {
					if (isAddress(text) || !NAME_SHAPE.matcher(text).matches() || Markup.words(text) > 8) {
						continue;
					}
					name = text;
				}
				else if (!roleClosed && (ROLE_WORD.matcher(text).find() && !isAddress(text)
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

	private static boolean isAddress(String text) {
		return ADDRESS_LINE.matcher(text).find() || PageFurniture.POSTCODE.matcher(text).find();
	}

	private static boolean isGeneric(String salutationName) {
		return salutationName.matches("(?i).*\\b(?:sir|madam|colleague|colleagues|all|friends?|chair)\\b.*");
	}

}
