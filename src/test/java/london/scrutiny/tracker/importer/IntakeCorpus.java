package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import london.scrutiny.tracker.importer.ImporterAccuracyTests.Score;
import london.scrutiny.tracker.importer.LetterRejectedException.Reason;
import london.scrutiny.tracker.support.Precision;
import org.bson.Document;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The intake corpus ({@code src/test/resources/intake-corpus}): real documents with
 * hand-labelled truth, and how a letter draft is scored against it. Text is compared
 * after white space is collapsed and quote marks and dashes are made plain.
 * <ul>
 * <li>An answer is right when the drafted response names the truth's ask (its number, or
 * its printed reference when the truth gives no number) and its passage begins with the
 * truth's {@code answerStart} or one of its alternatives.</li>
 * <li>Header fields: reference, date (with its precision), signatory's name and role,
 * first recipient's name and role, the date replied to, the admission of delay, and the
 * meeting where the truth states one. A field the truth leaves null is right when the
 * draft leaves it null too. Roles are right when the words of one hold the other's ("Home
 * Affairs Committee" in "Chair, Home Affairs Committee").</li>
 * <li>Figures: value and unit, a count of people compared as a count.</li>
 * </ul>
 */
final class IntakeCorpus {

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private IntakeCorpus() {
	}

	record Document(String name, String text, org.bson.Document truth) {
	}

	record Scored(String name, Reason rejected, Score answers, Score fields, Score figures, List<String> wrong) {
	}

	static List<Document> documents(String kind) throws IOException {
		List<Document> documents = new ArrayList<>();
		Resource[] truths = new PathMatchingResourcePatternResolver()
			.getResources("classpath:intake-corpus/*.truth.json");
		java.util.Arrays.sort(truths, (a, b) -> a.getFilename().compareTo(b.getFilename()));
		for (Resource truth : truths) {
			org.bson.Document parsed = org.bson.Document.parse(read(truth));
			if (!kind.equals(parsed.getString("kind"))) {
				continue;
			}
			String name = truth.getFilename().replace(".truth.json", "");
			documents.add(new Document(name, read(truth.createRelative(name + ".txt")), parsed));
		}
		return documents;
	}

	private static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Scored score(Document document, LetterParser parser) {
		org.bson.Document truth = document.truth();
		List<org.bson.Document> answers = truth.getList("answers", org.bson.Document.class, List.of());
		LetterDraft draft;
		try {
			draft = parser.parse(document.text());
		}
		catch (LetterRejectedException ex) {
			return new Scored(document.name(), ex.reason(), new Score(0, 0, answers.size(), 0, answers.size(), 0),
					new Score(0, 0, 0, 1, 1, 0), Score.zero(), List.of("rejected: " + ex.getMessage()));
		}
		List<String> wrong = new ArrayList<>();
		return new Scored(document.name(), null, answers(draft, answers, wrong), fields(draft, truth, wrong),
				figures(draft, truth.getList("figures", org.bson.Document.class, List.of()), wrong), wrong);
	}

	private static Score answers(LetterDraft draft, List<org.bson.Document> truth, List<String> wrong) {
		long right = 0;
		boolean[] found = new boolean[truth.size()];
		for (DraftResponse response : draft.responses()) {
			boolean ok = false;
			for (int t = 0; t < truth.size() && !ok; t++) {
				if (!found[t] && answers(response, truth.get(t))) {
					found[t] = true;
					ok = true;
				}
			}
			right += ok ? 1 : 0;
			if (!ok) {
				wrong.add("answer to " + response.askNumber() + "/" + response.askReference() + ": \""
						+ clip(response.text()) + "\"");
			}
		}
		for (int t = 0; t < truth.size(); t++) {
			if (!found[t]) {
				wrong.add("missed answer to " + truth.get(t).get("askNumber") + "/" + truth.get(t).get("askReference"));
			}
		}
		long foundCount = 0;
		for (boolean f : found) {
			foundCount += f ? 1 : 0;
		}
		return new Score(right, draft.responses().size() - right, truth.size() - foundCount, draft.responses().size(),
				truth.size(), foundCount);
	}

	private static boolean answers(DraftResponse response, org.bson.Document truth) {
		Integer number = truth.getInteger("askNumber");
		boolean sameAsk = (number != null) ? number.equals(response.askNumber())
				: plain(truth.getString("askReference")).equals(plain(response.askReference()));
		if (!sameAsk) {
			return false;
		}
		String passage = plain(response.text());
		List<String> starts = new ArrayList<>();
		starts.add(truth.getString("answerStart"));
		starts.addAll(truth.getList("answerStartAlternatives", String.class, List.of()));
		return starts.stream().anyMatch((s) -> passage.startsWith(plain(s)));
	}

	private static Score fields(LetterDraft draft, org.bson.Document truth, List<String> wrong) {
		Map<String, Boolean> checks = new java.util.LinkedHashMap<>();
		checks.put("reference",
				same(truth.getString("reference"), (draft.reference() != null) ? draft.reference().value() : null));
		checks.put("date", same(truth.getString("date"), partial(draft.date())));
		org.bson.Document signatory = truth.get("signatory", org.bson.Document.class);
		checks.put("signatory name",
				same(signatory.getString("name"), (draft.signatory() != null) ? draft.signatory().name() : null));
		checks.put("signatory role",
				sameRole(signatory.getString("role"), (draft.signatory() != null) ? draft.signatory().role() : null));
		List<org.bson.Document> recipients = truth.getList("recipients", org.bson.Document.class, List.of());
		DraftParty first = draft.recipients().isEmpty() ? null : draft.recipients().get(0);
		checks.put("recipient name", same(recipients.isEmpty() ? null : recipients.get(0).getString("name"),
				(first != null) ? first.name() : null));
		checks.put("recipient role", sameRole(recipients.isEmpty() ? null : recipients.get(0).getString("role"),
				(first != null) ? first.role() : null));
		checks.put("in reply to", same(truth.getString("inReplyTo"),
				(draft.inReplyTo() != null) ? draft.inReplyTo().date().toString() : null));
		checks.put("admits delay", truth.getBoolean("admitsDelay", false) == draft.delay().admitted());
		if (truth.containsKey("meeting")) {
			checks.put("meeting", same(truth.getString("meeting"), partial(draft.meeting())));
		}
		checks.forEach((field, ok) -> {
			if (!ok) {
				wrong.add("field " + field);
			}
		});
		long right = checks.values().stream().filter((b) -> b).count();
		return new Score(right, checks.size() - right, checks.size() - right, checks.size(), checks.size(), right);
	}

	/** A drafted date as the truth writes it: "2021-04" for a month. */
	private static String partial(DraftDate date) {
		if (date == null || date.value() == null) {
			return null;
		}
		String iso = date.value().toString();
		return (date.precision() == Precision.MONTH) ? iso.substring(0, 7)
				: (date.precision() == Precision.YEAR) ? iso.substring(0, 4) : iso;
	}

	private static boolean same(String truth, String drafted) {
		return (truth == null) ? drafted == null : drafted != null && plain(truth).equalsIgnoreCase(plain(drafted));
	}

	private static boolean sameRole(String truth, String drafted) {
		if (truth == null || drafted == null) {
			return truth == drafted;
		}
		Set<String> a = Set.copyOf(AskFinder.tokens(truth));
		Set<String> b = Set.copyOf(AskFinder.tokens(drafted));
		return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
	}

	private static Score figures(LetterDraft draft, List<org.bson.Document> truth, List<String> wrong) {
		Map<String, Integer> curated = new HashMap<>();
		for (org.bson.Document figure : truth) {
			curated.merge(key(new BigDecimal(figure.get("value").toString()), figure.getString("unit")), 1,
					Integer::sum);
		}
		Map<String, Integer> left = new HashMap<>(curated);
		long right = 0;
		for (DraftFigure figure : draft.figures()) {
			String key = key(figure.value(), figure.unit().name());
			if (left.getOrDefault(key, 0) > 0) {
				left.merge(key, -1, Integer::sum);
				right++;
			}
			else {
				wrong.add("figure " + key + " in \"" + clip(figure.quote()) + "\"");
			}
		}
		long total = curated.values().stream().mapToInt(Integer::intValue).sum();
		left.forEach((key, n) -> {
			if (n > 0) {
				wrong.add("missed figure " + key);
			}
		});
		return new Score(right, draft.figures().size() - right, total - right, draft.figures().size(), total, right);
	}

	private static String key(BigDecimal value, String unit) {
		return value.stripTrailingZeros().toPlainString() + " " + ("PEOPLE".equals(unit) ? "COUNT" : unit);
	}

	/** White space collapsed, quote marks and dashes made plain. */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replace('‘', '\'')
			.replace('’', '\'')
			.replace('“', '"')
			.replace('”', '"')
			.replace('–', '-')
			.replace('—', '-');
		return SPACE.matcher(plain).replaceAll(" ").strip();
	}

	private static String clip(String text) {
		String plain = plain(text);
		return (plain.length() > 60) ? plain.substring(0, 60) + "..." : plain;
	}

	static Scored total(List<Scored> scored) {
		Score answers = Score.zero();
		Score fields = Score.zero();
		Score figures = Score.zero();
		for (Scored s : scored) {
			answers = answers.plus(s.answers());
			fields = fields.plus(s.fields());
			figures = figures.plus(s.figures());
		}
		return new Scored("all letters and response papers", null, answers, fields, figures, List.of());
	}

	static String table(List<Scored> scored) {
		StringBuilder md = new StringBuilder();
		md.append("# Importer accuracy on documents it was not written against: letters and response papers\n\n");
		md.append("Written by `ImporterAccuracyTests`: each letter-kind document of the test corpus ")
			.append("(`intake-corpus`, real public documents with hand-labelled truth) read by `LetterParser` ")
			.append("without hints. Answers: the ask answered and where the passage starts. Header fields: reference, ")
			.append("date, signatory name and role, first recipient name and role, date replied to, admission of ")
			.append("delay, and the meeting where the truth states one. Counts are right/drafted and found/labelled.\n\n");
		md.append("| Document | Answers P / R | Header fields right | Figures P / R | Misses |\n");
		md.append("| --- | --- | --- | --- | --- |\n");
		List<Scored> all = new ArrayList<>(scored);
		all.add(total(scored));
		for (Scored s : all) {
			md.append("| ")
				.append(s.rejected() != null ? "`" + s.name() + "` (rejected as " + s.rejected() + ")"
						: "`" + s.name() + "`")
				.append(" | ")
				.append(s.answers().format())
				.append(" | ")
				.append(s.fields().right())
				.append("/")
				.append(s.fields().drafted())
				.append(" | ")
				.append(s.figures().format())
				.append(" | ")
				.append(String.join("; ", s.wrong()).replace("|", "\\|"))
				.append(" |\n");
		}
		return md.toString().toLowerCase(Locale.ROOT).isEmpty() ? "" : md.toString();
	}

}
