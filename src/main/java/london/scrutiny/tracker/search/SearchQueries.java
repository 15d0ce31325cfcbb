package london.scrutiny.tracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.support.InvalidInputException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a client's text into a query over every searchable field, a match in a name or
 * title counting more than one in a full text.
 */
final class SearchQueries {

	/** How far apart the words may stand and still count as near one another. */
	private static final int NEAR = 3;

	/** How much more a record counts when the words stand together in it. */
	private static final float TOGETHER = 2f;

	/**
	 * Added per further field that matches: a record matching in title and text edges
	 * ahead.
	 */
	private static final float TIE_BREAKER = 0.1f;

	private static final QueryBuilder PHRASES = new QueryBuilder(SearchIndex.ANALYZER);

	private SearchQueries() {
	}

	static Parsed of(String text, SearchSyntax syntax) {
		if (syntax == SearchSyntax.LUCENE) {
			Query query = lucene(text);
			return new Parsed(query, query);
		}
		return words(text);
	}

	/**
	 * What to search with, and what to mark: the words and phrases asked for, not the
	 * stretch between words that stand near each other.
	 */
	record Parsed(Query search, Query marks) {
	}

	/**
	 * Every word required (in any field), each double-quoted passage as a phrase; records
	 * where the unquoted words stand close together rank higher. A lone quote mark is
	 * just a character.
	 */
	static Parsed words(String text) {
		List<String> phrases = new ArrayList<>();
		StringBuilder loose = new StringBuilder();
		int from = 0;
		while (true) {
			int open = text.indexOf('"', from);
			int close = (open >= 0) ? text.indexOf('"', open + 1) : -1;
			if (close < 0) {
				loose.append(' ').append(text, from, text.length());
				break;
			}
			loose.append(' ').append(text, from, open);
			phrases.add(text.substring(open + 1, close));
			from = close + 1;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boolean any = false;
		List<String> terms = terms(loose.toString());
		for (String term : terms) {
			List<Query> inEachField = new ArrayList<>();
			for (String field : SearchFields.ALL) {
				inEachField.add(boosted(new TermQuery(new Term(field, term)), field));
			}
			query.add(new DisjunctionMaxQuery(inEachField, TIE_BREAKER), Occur.MUST);
			any = true;
		}
		for (String phrase : phrases) {
			Query inAnyField = acrossFields(phrase, 0);
			if (inAnyField != null) {
				query.add(inAnyField, Occur.MUST);
				any = true;
			}
		}
		if (!any) {
			// Text with no word in it (punctuation, or only words too common to index)
			// finds nothing rather than everything.
			Query none = new MatchNoDocsQuery("no words to search for");
			return new Parsed(none, none);
		}
		Query required = query.build();
		Query near = (terms.size() > 1) ? acrossFields(loose.toString(), NEAR) : null;
		if (near == null) {
			return new Parsed(required, required);
		}
		Query ranked = new BooleanQuery.Builder().add(required, Occur.MUST)
			.add(new BoostQuery(near, TOGETHER), Occur.SHOULD)
			.build();
		return new Parsed(ranked, required);
	}

	/**
	 * Lucene's classic syntax over every field, all terms required unless OR says
	 * otherwise.
	 */
	static Query lucene(String text) {
		MultiFieldQueryParser parser = new MultiFieldQueryParser(SearchFields.ALL.toArray(String[]::new),
				SearchIndex.ANALYZER, SearchFields.boosts());
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(text);
		}
		catch (ParseException | RuntimeException | org.apache.lucene.queryparser.classic.TokenMgrError ex) {
			String reason = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
			throw new InvalidInputException("text",
					"'text' is not a valid Lucene query (" + reason
							+ "). Fix the syntax, quote special characters with \\, or leave out 'syntax' to search "
							+ "the words as typed.");
		}
	}

	private static Query acrossFields(String phrase, int slop) {
		List<Query> inEachField = new ArrayList<>();
		for (String field : SearchFields.ALL) {
			Query inField = PHRASES.createPhraseQuery(field, phrase, slop);
			if (inField != null) {
				inEachField.add(boosted(inField, field));
			}
		}
		return inEachField.isEmpty() ? null : new DisjunctionMaxQuery(inEachField, TIE_BREAKER);
	}

	private static Query boosted(Query query, String field) {
		float boost = SearchFields.boost(field);
		return (boost == 1f) ? query : new BoostQuery(query, boost);
	}

	/** The text's words as the index holds them: lower case, stemmed, stop words out. */
	private static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = SearchIndex.ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String word = term.toString();
				if (!terms.contains(word)) {
					terms.add(word);
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
