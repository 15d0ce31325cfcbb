package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Ties each passage a letter answers to the known ask it answers, by two cues: the number
 * (or printed reference) the letter gives it, and how alike its wording is to the ask's
 * (TF-IDF cosine over English stems, the known asks being the collection). A pure
 * function of its arguments: the same passages and asks always align the same way.
 * <ul>
 * <li>A passage whose number names a known ask is tied to it, unless its wording plainly
 * belongs to another ask (at least {@link #CLEAR} alike, and {@link #MARGIN} times as
 * alike as to the numbered one): letters renumber, and a quoted ask is the better
 * witness.</li>
 * <li>A passage without a number (or whose number names no known ask) is tied to the ask
 * its wording is most alike, when that is at least {@link #LEAST} and {@link #MARGIN}
 * times the next best.</li>
 * <li>Each ask answers at most once; the surest ties are made first.</li>
 * </ul>
 */
final class AnswerAligner {

	/** The least similarity that ties a passage by wording alone. */
	static final double LEAST = 0.2;

	/** A similarity that is clear evidence of which ask a passage restates. */
	static final double CLEAR = 0.35;

	/** How much more alike the best ask must be than the next (or the numbered one). */
	static final double MARGIN = 1.5;

	private static final Analyzer ENGLISH = new EnglishAnalyzer();

	private AnswerAligner() {
	}

	/**
	 * What the letter gives for one answer: the number or reference it prints, and the
	 * words that say which ask it answers (the ask as quoted, a heading, or failing both
	 * the start of the answer).
	 */
	record Passage(Integer number, String reference, String wording) {
	}

	/** Passage {@code passage} answers {@code ask}; {@code basis} says why. */
	record Tie(int passage, KnownAsk ask, double similarity, String basis) {
	}

	/** The ties, in passage order; passages tied to no ask are left out. */
	static List<Tie> align(List<Passage> passages, List<KnownAsk> asks) {
		if (passages.isEmpty() || asks.isEmpty()) {
			return List.of();
		}
		Vectors vectors = new Vectors(asks.stream().map((a) -> Objects.toString(a.text(), "")).toList());
		List<Tie> candidates = new ArrayList<>();
		for (int p = 0; p < passages.size(); p++) {
			Passage passage = passages.get(p);
			double[] similarity = new double[asks.size()];
			Map<String, Double> query = vectors.of(Objects.toString(passage.wording(), ""));
			for (int a = 0; a < asks.size(); a++) {
				similarity[a] = Vectors.cosine(query, vectors.ask(a));
			}
			Tie tie = tie(p, passage, asks, similarity);
			if (tie != null) {
				candidates.add(tie);
			}
		}
		// Surest first; each ask and each passage used once.
		candidates.sort(Comparator.comparingDouble((Tie t) -> t.basis().startsWith("number") ? 1 : 0)
			.thenComparingDouble(Tie::similarity)
			.reversed());
		Set<KnownAsk> used = new HashSet<>();
		Set<Integer> placed = new HashSet<>();
		List<Tie> ties = new ArrayList<>();
		for (Tie tie : candidates) {
			if (used.add(tie.ask()) && placed.add(tie.passage())) {
				ties.add(tie);
			}
		}
		ties.sort(Comparator.comparingInt(Tie::passage));
		return ties;
	}

	private static Tie tie(int p, Passage passage, List<KnownAsk> asks, double[] similarity) {
		int best = -1;
		int second = -1;
		for (int a = 0; a < asks.size(); a++) {
			if (best < 0 || similarity[a] > similarity[best]) {
				second = best;
				best = a;
			}
			else if (second < 0 || similarity[a] > similarity[second]) {
				second = a;
			}
		}
		double secondScore = (second >= 0) ? similarity[second] : 0;
		int numbered = numbered(passage, asks);
		if (numbered >= 0) {
			boolean otherPlainly = best != numbered && similarity[best] >= CLEAR
					&& similarity[best] >= MARGIN * similarity[numbered];
			if (!otherPlainly) {
				return new Tie(p, asks.get(numbered), similarity[numbered],
						"number " + label(asks.get(numbered)) + " as printed"
								+ ((best == numbered && similarity[best] >= LEAST) ? ", and its wording agrees" : ""));
			}
			return new Tie(p, asks.get(best), similarity[best], "wording: it restates ask " + label(asks.get(best))
					+ ", though printed as " + label(asks.get(numbered)));
		}
		if (similarity[best] >= LEAST && similarity[best] >= MARGIN * secondScore) {
			return new Tie(p, asks.get(best), similarity[best],
					String.format(java.util.Locale.ROOT, "wording: %.0f%% alike to ask %s, the next %.0f%%",
							100 * similarity[best], label(asks.get(best)), 100 * secondScore));
		}
		return null;
	}

	/** The known ask the passage's printed number or reference names, or -1. */
	private static int numbered(Passage passage, List<KnownAsk> asks) {
		for (int a = 0; a < asks.size(); a++) {
			KnownAsk ask = asks.get(a);
			if (passage.number() != null && passage.number().equals(ask.number())
					|| passage.reference() != null && passage.reference().equalsIgnoreCase(ask.reference())) {
				return a;
			}
		}
		return -1;
	}

	private static String label(KnownAsk ask) {
		return (ask.reference() != null) ? ask.reference() : String.valueOf(ask.number());
	}

	/** English stems of {@code text}, stop words dropped. */
	static List<String> stems(String text) {
		List<String> stems = new ArrayList<>();
		try (TokenStream tokens = ENGLISH.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				stems.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return stems;
	}

	/** TF-IDF vectors with the known asks as the collection. */
	private static final class Vectors {

		private final List<Map<String, Double>> asks = new ArrayList<>();

		private final Map<String, Integer> documentFrequency = new HashMap<>();

		private final int size;

		Vectors(List<String> texts) {
			this.size = texts.size();
			List<Map<String, Integer>> counts = texts.stream().map(Vectors::counts).toList();
			counts.forEach((c) -> c.keySet().forEach((t) -> this.documentFrequency.merge(t, 1, Integer::sum)));
			counts.forEach((c) -> this.asks.add(weigh(c)));
		}

		Map<String, Double> ask(int index) {
			return this.asks.get(index);
		}

		Map<String, Double> of(String text) {
			return weigh(counts(text));
		}

		private static Map<String, Integer> counts(String text) {
			Map<String, Integer> counts = new HashMap<>();
			stems(text).forEach((s) -> counts.merge(s, 1, Integer::sum));
			return counts;
		}

		private Map<String, Double> weigh(Map<String, Integer> counts) {
			Map<String, Double> weights = new HashMap<>();
			counts.forEach((term, n) -> {
				int df = this.documentFrequency.getOrDefault(term, 0);
				double idf = Math.log(1 + (this.size + 1.0) / (df + 1.0));
				weights.put(term, (1 + Math.log(n)) * idf);
			});
			return weights;
		}

		static double cosine(Map<String, Double> a, Map<String, Double> b) {
			double dot = 0;
			for (var entry : a.entrySet()) {
				Double other = b.get(entry.getKey());
				if (other != null) {
					dot += entry.getValue() * other;
				}
			}
			double norms = norm(a) * norm(b);
			return (norms == 0) ? 0 : dot / norms;
		}

		private static double norm(Map<String, Double> vector) {
			double sum = 0;
			for (double w : vector.values()) {
				sum += w * w;
			}
			return Math.sqrt(sum);
		}

	}

}
