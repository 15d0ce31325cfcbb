package london.scrutiny.tracker.limits;

import graphql.language.Document;
import org.junit.jupiter.api.Test;

import static london.scrutiny.tracker.limits.NodeCountTests.fragments;
import static london.scrutiny.tracker.limits.NodeCountTests.operation;
import static london.scrutiny.tracker.limits.NodeCountTests.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How depth is measured: fields on the longest path to a leaf, fragments counting where
 * they are spread.
 */
class QueryDepthTests {

	@Test
	void depthCountsTheFieldsOnTheLongestPathToALeaf() {
		assertThat(depth("{ letter { reference } }")).isEqualTo(2);
		assertThat(depth("{ letter { from { name } } a: letter { reference } }")).isEqualTo(3);
		assertThat(depth("{ __typename }")).isEqualTo(1);
	}

	@Test
	void fragmentsAddTheirFieldsWhereSpreadAndNoLevelOfTheirOwn() {
		assertThat(depth(
				"{ letter { ...F ... on Letter { to { name } } } } fragment F on Letter { from { person { name } } }"))
			.isEqualTo(4);
	}

	@Test
	void graphiqlsIntrospectionQueryIsThirteenDeep() {
		// GraphiQL 2.4.7 asks with graphql-js's defaults: seven levels of ofType under
		// __schema/types/fields/args/type.
		assertThat(depth(GraphiqlIntrospectionQuery.TEXT)).isEqualTo(13);
	}

	@Test
	void aFragmentSpreadManyTimesIsMeasuredOnce() {
		StringBuilder query = new StringBuilder("{ a { ...F0 } }");
		for (int i = 0; i < 30; i++) {
			query.append(" fragment F")
				.append(i)
				.append(" on T { x: f { ...F")
				.append(i + 1)
				.append(" } y: f { ...F")
				.append(i + 1)
				.append(" } }");
		}
		query.append(" fragment F30 on T { leaf }");
		// 2^30 paths if expanded; measured once per fragment, this returns at once.
		assertThat(depth(query.toString())).isEqualTo(32);
	}

	private static int depth(String query) {
		Document document = parse(query);
		return QueryDepth.of(operation(document), fragments(document));
	}

}
