package london.scrutiny.tracker.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a letter says about its own correspondence, from the lines outside its
 * answers: the date of the letter it replies to (stated, or read from its reference), the
 * meeting that prompted it, and whether it apologises for the delay.
 */
final class ReplyReader {

	/** "your letter of 12 April", "letter dated 3rd May 2022": the date follows. */
	private static final Pattern LETTER_OF = Pattern
		.compile("(?i)\\b(your\\s+)?letters?\\s+(?:of|dated|on|sent\\s+on)\\s+(?:the\\s+)?(?=\\d)");

	/**
	 * "meeting of 25 January", "evidence session on 5 February 2002", "Mayor's Question
	 * Time on 25 May 2016": a meeting, session or hearing and its date.
	 */
	private static final Pattern MEETING_OF = Pattern.compile("(?i)\\b(?:meeting|session|question\\s+time|hearing)"
			+ "\\s+(?:of|on|held\\s+on|that\\s+took\\s+place\\s+on)\\s+(?:the\\s+)?(?=\\d)");

	/**
	 * An issuer's reference starting with letters and six digits: day, month, two-digit
	 * year.
	 */
	private static final Pattern REFERENCE_DATE = Pattern.compile("^([A-Z]+)(\\d{2})(\\d{2})(\\d{2})(?![0-9])");

	/**
	 * An apology and, close after it, the delay it is for: "Please accept my apologies
	 * for the delay".
	 */
	private static final Pattern DELAY = Pattern.compile(
			"(?i)\\b(?:apolog\\w*|sorry|regret)\\b.{0,80}?\\b(?:delay\\w*|late(?:ness)?|belated\\w*|taken\\s+(?:so\\s+)?long(?:er)?)\\b");

	/**
	 * How far back a reference's date may lie from the letter's own date and still be
	 * read as its reply date.
	 */
	private static final int MAX_YEARS_BACK = 3;

	private ReplyReader() {
	}

	/**
	 * What was read; {@code lines} are the lines whose sentences gave it, which the draft
	 * thereby places.
	 */
	record Reply(DraftReply inReplyTo, DraftDate meeting, DraftDelay delay, Set<Integer> lines) {
	}

	static Reply read(LetterText letter, List<Integer> lines, DraftReference reference, LocalDate letterDate) {
		Set<Integer> used = new TreeSet<>();
		LocalDate referenceDate = referenceDate(reference, letterDate);
		LocalDate anchor = (letterDate != null) ? letterDate : referenceDate;
		DraftReply stated = stated(letter, lines, anchor, used);
		DraftReply reply = (stated != null) ? withReference(stated, reference, referenceDate)
				: derived(reference, referenceDate);
		return new Reply(reply, meeting(letter, lines, anchor, used), delay(letter, lines, used), used);
	}

	/**
	 * The reference's ddmmyy date, when it is a real date no later than the letter and
	 * not years before it.
	 */
	static LocalDate referenceDate(DraftReference reference, LocalDate letterDate) {
		if (reference == null) {
			return null;
		}
		Matcher match = REFERENCE_DATE.matcher(reference.value());
		if (!match.find()) {
			return null;
		}
		int month = Integer.parseInt(match.group(3));
		LocalDate date = (month >= 1 && month <= 12) ? DateWords.date(2000 + Integer.parseInt(match.group(4)),
				java.time.Month.of(month), Integer.parseInt(match.group(2))) : null;
		if (date == null) {
			return null;
		}
		if (letterDate != null && (date.isAfter(letterDate) || date.isBefore(letterDate.minusYears(MAX_YEARS_BACK)))) {
			return null;
		}
		return date;
	}

	/**
	 * "Thank you for your letter of 12 April": every "letter of <date>" the opening
	 * gives, preferring the one addressed to the reader ("your letter") and taking its
	 * year from another mention of the same day ("Response to letter of 12 April 2021")
	 * or, failing that, from the letter's own date.
	 */
	private static DraftReply stated(LetterText letter, List<Integer> lines, LocalDate anchor, Set<Integer> used) {
		record Mention(int line, int at, boolean yours, int day, java.time.Month month, Integer year, String raw) {
		}
		List<Mention> mentions = new ArrayList<>();
		for (int i : lines) {
			String raw = letter.line(i).raw();
			Matcher match = LETTER_OF.matcher(raw);
			while (match.find()) {
				Matcher date = DateWords.DAY_MONTH_YEAR.matcher(raw);
				if (date.find(match.end()) && date.start() == match.end()) {
					mentions.add(new Mention(i, match.start(), match.group(1) != null, Integer.parseInt(date.group(1)),
							DateWords.month(date.group(2)),
							(date.group(3) != null) ? Integer.parseInt(date.group(3)) : null, raw));
				}
			}
		}
		if (mentions.isEmpty()) {
			return null;
		}
		Mention best = mentions.stream().filter(Mention::yours).findFirst().orElse(mentions.get(0));
		Integer year = best.year();
		String how = "stated";
		if (year == null) {
			year = mentions.stream()
				.filter((m) -> m.year() != null && m.day() == best.day() && m.month() == best.month())
				.map(Mention::year)
				.findFirst()
				.orElse(null);
			how = (year != null) ? "stated; its year from another mention of the same date" : how;
		}
		LocalDate date;
		double score;
		if (year != null) {
			date = DateWords.date(year, best.month(), best.day());
			score = 0.9;
		}
		else if (anchor != null) {
			date = DateWords.latestOnOrBefore(best.day(), best.month(), anchor);
			how = "stated without a year; the year is the latest that puts it before the letter";
			score = 0.75;
		}
		else {
			return null;
		}
		if (date == null) {
			return null;
		}
		used.add(best.line());
		int[] sentence = Sentences.around(best.raw(), best.at());
		String quote = Quotes.around(best.raw().substring(sentence[0], sentence[1]), best.at() - sentence[0],
				best.at() - sentence[0]);
		return new DraftReply(date, ReplyBasis.STATED, quote, null, null, Confidence.of(score, how));
	}

	private static DraftReply withReference(DraftReply stated, DraftReference reference, LocalDate referenceDate) {
		if (referenceDate == null) {
			return stated;
		}
		String note = referenceDate.equals(stated.date())
				? "The reference " + reference.value() + " encodes the same date."
				: "The reference " + reference.value() + " encodes " + DateWords.spoken(referenceDate)
						+ ", which differs: check which correspondence the letter answers.";
		double score = referenceDate.equals(stated.date()) ? Math.min(1, stated.confidence().score() + 0.05)
				: stated.confidence().score() - 0.15;
		return new DraftReply(stated.date(), stated.how(), stated.quote(), note, referenceDate, Confidence
			.of(score, stated.confidence().reason()
					+ (referenceDate.equals(stated.date()) ? "; the reference agrees" : "; the reference disagrees")));
	}

	private static DraftReply derived(DraftReference reference, LocalDate referenceDate) {
		if (referenceDate == null) {
			return null;
		}
		String digits = reference.value().replaceFirst("^([A-Z]+\\d{6}).*$", "$1");
		return new DraftReply(referenceDate, ReplyBasis.DERIVED_FROM_REFERENCE, null,
				digits + " encodes " + DateWords.spoken(referenceDate) + ".", referenceDate, Confidence.of(0.7,
						"read from the reference's ddmmyy digits: the issuer's convention, not a statement"));
	}

	private static DraftDate meeting(LetterText letter, List<Integer> lines, LocalDate anchor, Set<Integer> used) {
		for (int i : lines) {
			String raw = letter.line(i).raw();
			Matcher match = MEETING_OF.matcher(raw);
			while (match.find()) {
				Matcher date = DateWords.DAY_MONTH_YEAR.matcher(raw);
				if (date.find(match.end()) && date.start() == match.end()) {
					LocalDate value = DateWords.date(date, anchor);
					if (value != null) {
						used.add(i);
						return new DraftDate(value, date.group(),
								Confidence.of((date.group(3) != null) ? 0.85 : 0.7,
										(date.group(3) != null) ? "\"meeting of/on <date>\""
												: "\"meeting of <date>\"; year from the letter's date"));
					}
				}
			}
		}
		return null;
	}

	private static DraftDelay delay(LetterText letter, List<Integer> lines, Set<Integer> used) {
		for (int i : lines) {
			String raw = letter.line(i).raw();
			Matcher match = DELAY.matcher(raw);
			if (match.find()) {
				int[] sentence = Sentences.around(raw, match.start());
				used.add(i);
				return new DraftDelay(true, Quotes.around(raw.substring(sentence[0], sentence[1]),
						match.start() - sentence[0], match.end() - sentence[0]),
						Confidence.of(0.9, "an apology for the delay"));
			}
		}
		return new DraftDelay(false, null, Confidence.of(0.7, "no apology for a delay outside the answers"));
	}

}
