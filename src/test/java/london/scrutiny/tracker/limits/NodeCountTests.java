package london.scrutiny.tracker.limits;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules, on a small schema shaped like the API's: connections, plain lists,
 * a union.
 */
class NodeCountTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser()
				.parse("""
						type Query { asks(first: Int, after: String): AskConnection! ask(id: ID!): Ask search(first: Int): SearchConnection! }
						type AskConnection { edges: [AskEdge!]! pageInfo: PageInfo! totalCount: Int! }
						type AskEdge { cursor: String! node: Ask! }
						type PageInfo { hasNextPage: Boolean! }
						type SearchConnection { edges: [SearchEdge!]! }
						type SearchEdge { node: Hit! }
						union Hit = Ask | Letter
						type Ask { id: ID! text: String themes: [String!]! responses: [Response!]! report: Report! }
						type Response { letter: Letter! programmes: [Programme!]! }
						type Letter { reference: String! programmes: [Programme!]! }
						type Programme { name: String! letters: [Letter!]! }
						type Report { title: String! }
						"""),
			RuntimeWiring.MOCKED_WIRING);

	@Test
	void aConnectionCountsItsFirstAndMultipliesTheNodesBeneathIt() {
		// 10 asks; each 3 responses (a plain list) = 30; each response 3 programmes = 90.
		assertThat(nodes("{ asks(first: 10) { edges { node { responses { programmes { name } } } } } }"))
			.isEqualTo(130);
	}

	@Test
	void aConnectionWithoutFirstCountsTheDefaultPageOfTwenty() {
		assertThat(nodes("{ asks { totalCount } }")).isEqualTo(20);
	}

	@Test
	void firstGivenByAVariableCountsTheVariablesValue() {
		assertThat(nodes("query($n: Int) { asks(first: $n) { totalCount } }", Map.of("n", 70))).isEqualTo(70);
		assertThat(nodes("query($n: Int) { asks(first: $n) { totalCount } }", Map.of())).isEqualTo(20);
	}

	@Test
	void edgesAndSingleObjectsAndScalarListsAddNoNodes() {
		assertThat(nodes(
				"{ asks(first: 3) { pageInfo { hasNextPage } edges { cursor node { id themes report { title } } } } }"))
			.isEqualTo(3);
		assertThat(nodes("{ ask(id: \"1\") { text report { title } } }")).isZero();
	}

	@Test
	void eachAliasAndEachRootFieldAddsItsOwnNodes() {
		assertThat(nodes(
				"{ a: asks(first: 100) { totalCount } b: asks(first: 100) { totalCount } ask(id: \"1\") { responses { letter { reference } } } }"))
			.isEqualTo(203);
	}

	@Test
	void fragmentsCountWhereTheyAreSpread() {
		String query = """
				{ asks(first: 2) { edges { node { ...Answers } } } ask(id: "1") { ...Answers } }
				fragment Answers on Ask { responses { programmes { name } } }""";
		// Each spread of Answers is 3 responses + 9 programmes = 12 nodes: 2 + 2 x 12 +
		// 12.
		assertThat(nodes(query)).isEqualTo(38);
	}

	@Test
	void aUnionCountsItsCostliestMemberNotTheSumOfThem() {
		String query = """
				{ search(first: 10) { edges { node {
				  ... on Ask { responses { letter { reference } } }
				  ... on Letter { programmes { letters { reference } } } } } } }""";
		// An Ask would add 3 nodes, a Letter 3 + 9 = 12: each of the 10 hits counts as
		// the costlier. Search itself reads every record, so it costs 2,000 on top.
		assertThat(nodes(query)).isEqualTo(2000 + 10 + 10 * 12);
	}

	@Test
	void eachAliasOfARootFieldThatReadsEverythingAddsItsCost() {
		assertThat(nodes(
				"{ a: search(first: 1) { edges { node { __typename } } } b: search(first: 1) { edges { node { __typename } } } }"))
			.isEqualTo(2 * (2000 + 1));
	}

	@Test
	void aListOfNodesCountsAsTheConfiguredNumberOfItems() {
		assertThat(NodeCount
			.of(SCHEMA, operation(parse("{ ask(id: \"1\") { responses { letter { reference } } } }")), Map.of(),
					CoercedVariables.emptyVariables(), 12)
			.nodes()).isEqualTo(12);
	}

	@Test
	void theLargestPageAskedForIsNotedWithItsField() {
		Document document = parse(
				"{ a: asks(first: 30) { totalCount } search(first: 150) { edges { node { __typename } } } }");
		NodeCount.Page page = NodeCount.of(SCHEMA, operation(document), Map.of(), CoercedVariables.emptyVariables(), 3)
			.largestPage();
		assertThat(page.field()).isEqualTo("search");
		assertThat(page.size()).isEqualTo(150);
		assertThat(page.location().getLine()).isEqualTo(1);
	}

	@Test
	void aCountTooLargeForALongSaturatesInsteadOfOverflowing() {
		StringBuilder query = new StringBuilder("{ ask(id: \"1\") { responses { ");
		for (int i = 0; i < 40; i++) {
			query.append("programmes { letters { ");
		}
		query.append("reference").append(" } }".repeat(40)).append(" } } }");
		assertThat(nodes(query.toString())).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void introspectionFieldsAreCountedLikeAnyOther() {
		// types: 3, and each type's fields: 9.
		assertThat(nodes("{ __schema { types { name fields { name } } } }")).isEqualTo(12);
		assertThat(nodes("{ __typename }")).isZero();
	}

	@Test
	void graphiqlsIntrospectionQueryCountsEightySevenNodes() {
		// types 3; their fields 9, the fields' args 27; inputFields, interfaces,
		// enumValues, possibleTypes
		// 9 each; directives 3 and their args 9. The count depends only on the query, not
		// the schema.
		assertThat(nodes(GraphiqlIntrospectionQuery.TEXT)).isEqualTo(87);
	}

	private static long nodes(String query) {
		return nodes(query, Map.of());
	}

	private static long nodes(String query, Map<String, Object> variables) {
		Document document = parse(query);
		return NodeCount.of(SCHEMA, operation(document), fragments(document), CoercedVariables.of(variables), 3)
			.nodes();
	}

	static Document parse(String query) {
		return Parser.parse(query);
	}

	static OperationDefinition operation(Document document) {
		return document.getDefinitionsOfType(OperationDefinition.class).get(0);
	}

	static Map<String, FragmentDefinition> fragments(Document document) {
		return document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
	}

}
