package london.scrutiny.tracker.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a letter's close: the sign-off, who signed and in what role, and who is copied
 * in. A letter with an annex signs off before the annex, so the first sign-off is the
 * letter's.
 */
final class SignatureReader {

	private static final Pattern SIGN_OFF = Pattern.compile(
			"(?i)^(?:yours\\s+(?:sincerely|faithfully|truly|ever)|kind\\s+regards|best\\s+wishes|with\\s+best\\s+wishes"
					+ "|warm\\s+regards|regards)[,.]?$");

	private static final Pattern CC = Pattern.compile("(?i)^c\\.?c\\.?\\s*[:.]?\\s+(.+)$");

	/**
	 * A name set in bold at the end of a line, as the conversion glues a signatory's name
	 * to the signature image.
	 */
	private static final Pattern TRAILING_BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*\\s*$");

	/**
	 * What a signature image's description says it reads: "appearing to read 'Jane Roe'".
	 */
	private static final Pattern READS = Pattern.compile("(?i)\\bread(?:s|ing)?\\s+['\"‘“]([^'\"’”]+?)[.,]?['\"’”]");

	private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:mayor|chair|chief|commissioner|deputy|director|"
			+ "secretary|minister|officer|executive|head|inspector|president|leader|clerk|manager)\\b");

	private static final Pattern NAME_SHAPE = Pattern.compile("^[\\p{Lu}][\\p{L}'’.\\- ]*$");

	/** How many lines under the sign-off the signature block may take. */
	private static final int BLOCK_LINES = 12;

	private SignatureReader() {
	}

	/**
	 * The close of a letter; {@code signOffLine} is -1 when there is none. {@code lines}
	 * are the lines it occupies.
	 */
	record Signature(int signOffLine, DraftParty signatory, List<DraftParty> cc, Set<Integer> lines) {
	}

	static Signature read(LetterText letter, int bodyStart) {
		Set<Integer> lines = new TreeSet<>();
		List<DraftParty> cc = new ArrayList<>();
		for (int i = bodyStart; i < letter.size(); i++) {
			Matcher match = CC.matcher(letter.line(i).plain());
			if (match.matches()) {
				cc.addAll(copied(match.group(1)));
				lines.add(i);
			}
		}
		int signOff = -1;
		for (int i = bodyStart; i < letter.size(); i++) {
			if (SIGN_OFF.matcher(letter.line(i).plain()).matches()) {
				signOff = i;
				break;
			}
		}
		if (signOff < 0) {
			return new Signature(-1, null, cc, lines);
		}
		lines.add(signOff);
		String name = null;
		String role = null;
		String organisation = null;
		String imageReads = null;
		int previous = signOff;
		for (int i = signOff + 1; i < Math.min(letter.size(), signOff + BLOCK_LINES); i++) {
			LetterText.Line line = letter.line(i);
			if (line.isBlank()) {
				continue;
			}
			String plain = line.plain();
			if (PageFurniture.isSignatureImage(plain)) {
				lines.add(i);
				Matcher reads = READS.matcher(plain);
				imageReads = reads.find() ? reads.group(1).strip() : imageReads;
				Matcher glued = TRAILING_BOLD.matcher(line.raw());
				if (name == null && glued.find()) {
					name = Markup.plain(glued.group(1));
				}
				previous = i;
				continue;
			}
			if (CC.matcher(plain).matches() || line.isFurniture() || line.raw().stripLeading().startsWith("#")) {
				break;
			}
			if (name == null) {
				if (!NAME_SHAPE.matcher(plain).matches() || Markup.words(plain) > 6) {
					break;
				}
				name = plain;
			}
			else if (role == null) {
				role = plain;
			}
			else if (organisation == null && i == previous + 1 && Markup.words(plain) <= 10) {
				organisation = plain;
			}
			else {
				break;
			}
			lines.add(i);
			previous = i;
		}
		if (name != null && imageReads != null && !startsWithIgnoringCase(name, imageReads)
				&& ROLE_WORD.matcher(name).find() && organisation == null) {
			// The name was glued to the signature image and lost with it ("...below the
			// name.Jane Roe"): the
			// line read as the name is the role, and only the image's description gives
			// the name.
			DraftParty signatory = new DraftParty(imageReads, name, role,
					Confidence.of(0.6, "the name is the signature image's description of it; the line under the "
							+ "sign-off reads as a role"));
			return new Signature(signOff, signatory, cc, lines);
		}
		return new Signature(signOff, (name != null) ? signatory(name, role, organisation, imageReads) : null, cc,
				lines);
	}

	private static DraftParty signatory(String name, String role, String organisation, String imageReads) {
		double score = (role != null) ? 0.85 : 0.65;
		String reason = (role != null) ? "the name and role under the sign-off"
				: "the name under the sign-off; no role follows it";
		if (imageReads != null && startsWithIgnoringCase(name, imageReads)) {
			score += 0.1;
			reason += "; the signature image's description reads the same name";
		}
		return new DraftParty(name, role, organisation, Confidence.of(score, reason));
	}

	private static boolean startsWithIgnoringCase(String text, String prefix) {
		return text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
	}

	/**
	 * "Richard Poe, Deputy Chair of the Housing Committee; Jane Doe": each person, name
	 * before the first comma.
	 */
	private static List<DraftParty> copied(String text) {
		List<DraftParty> parties = new ArrayList<>();
		for (String entry : text.split(";")) {
			String stripped = entry.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			int comma = stripped.indexOf(',');
			String name = (comma > 0) ? stripped.substring(0, comma).strip() : stripped;
			String role = (comma > 0) ? stripped.substring(comma + 1).strip() : null;
			parties.add(new DraftParty(name, role, null,
					Confidence.of((role != null) ? 0.85 : 0.75, "listed on a \"cc\" line")));
		}
		return parties;
	}

}
