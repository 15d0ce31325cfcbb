package london.scrutiny.tracker.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import london.scrutiny.tracker.support.Paging;

/**
 * The most nodes an operation could return, worked out from its text and variables before
 * it runs, the way GitHub's GraphQL API counts: a connection's {@code first} (20 when
 * absent) is that many nodes, and it multiplies every node beneath it. This API also has
 * plain lists ({@code responses}, {@code programmes}), which have no {@code first}; each
 * counts as {@code nodesPerList} nodes and multiplies what is beneath it likewise. Single
 * objects and scalars count nothing: they add no rows. A connection's {@code edges} are
 * its page, already counted. The root fields that read a whole collection whatever they
 * return ({@link #ROOT_FIELD_COSTS}) add their cost each time they are selected, so
 * aliases multiply it.
 * <p>
 * The count is checked before the query runs; what the query really returns is counted
 * again while it runs ({@code ExecutionBudget}), so a list longer than estimated cannot
 * take a query past the limit.
 * <p>
 * Where a field's type is an interface or union, the fragments on each possible type are
 * alternatives, so the count takes the largest. {@code @skip} and {@code @include} are
 * ignored and a field selected twice counts twice: the count is an upper bound, never an
 * underestimate. Each fragment is counted once per type and the arithmetic saturates, so
 * no document is too big to count. While counting, it notes the largest page any
 * connection asks for.
 */
final class NodeCount {

	/**
	 * Root fields that read every ask or every record, however little they return: each
	 * selection of one (each alias) counts this many nodes on top of what it returns.
	 */
	static final Map<String, Long> ROOT_FIELD_COSTS = Map.of("statusSummary", 2000L, "summaryOfActions", 2000L,
			"search", 2000L);

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final CoercedVariables variables;

	private final int nodesPerList;

	private final Map<String, Long> byFragmentAndType = new HashMap<>();

	private Page largestPage;

	private NodeCount(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, CoercedVariables variables,
			int nodesPerList) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
		this.nodesPerList = nodesPerList;
	}

	/**
	 * Counts a validated operation; {@code variables} are the coerced values, so
	 * {@code first: $n} counts what {@code $n} holds.
	 */
	static Result of(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
			CoercedVariables variables, int nodesPerList) {
		NodeCount count = new NodeCount(schema, fragments, variables, nodesPerList);
		long nodes = count.forObject(operation.getSelectionSet(), rootType(schema, operation));
		return new Result(nodes, count.largestPage);
	}

	private static GraphQLObjectType rootType(GraphQLSchema schema, OperationDefinition operation) {
		return switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
	}

	/** The nodes one object of {@code type} leads to through {@code selections}. */
	private long forObject(SelectionSet selections, GraphQLObjectType type) {
		if (selections == null) {
			return 0;
		}
		long nodes = 0;
		for (Selection<?> selection : selections.getSelections()) {
			nodes = plus(nodes, forSelection(selection, type));
		}
		return nodes;
	}

	private long forSelection(Selection<?> selection, GraphQLObjectType type) {
		if (selection instanceof Field field) {
			return forField(field, type);
		}
		if (selection instanceof InlineFragment inline) {
			return applies(inline.getTypeCondition(), type) ? forObject(inline.getSelectionSet(), type) : 0;
		}
		if (selection instanceof FragmentSpread spread) {
			FragmentDefinition fragment = this.fragments.get(spread.getName());
			if (fragment == null || !applies(fragment.getTypeCondition(), type)) {
				return 0;
			}
			String key = spread.getName() + " on " + type.getName();
			Long known = this.byFragmentAndType.get(key);
			if (known == null) {
				known = forObject(fragment.getSelectionSet(), type);
				this.byFragmentAndType.put(key, known);
			}
			return known;
		}
		return 0;
	}

	private long forField(Field field, GraphQLObjectType parent) {
		GraphQLFieldDefinition definition = Introspection.getFieldDef(this.schema, parent, field.getName());
		GraphQLType type = definition.getType();
		if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType inner)) {
			return 0;
		}
		long each;
		boolean counted;
		if (isConnection(definition, inner)) {
			each = pageSize(field);
			counted = true;
		}
		else if (isConnection(parent)) {
			each = 1;
			counted = false;
		}
		else {
			counted = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
			each = counted ? listItems(type) : 1;
		}
		long beneath = forComposite(field.getSelectionSet(), inner);
		long cost = (parent == this.schema.getQueryType()) ? ROOT_FIELD_COSTS.getOrDefault(field.getName(), 0L) : 0;
		return plus(cost, plus(counted ? each : 0, times(each, beneath)));
	}

	/**
	 * The nodes beneath one value of {@code type}: for an interface or union, its
	 * costliest possible type.
	 */
	private long forComposite(SelectionSet selections, GraphQLCompositeType type) {
		if (type instanceof GraphQLObjectType object) {
			return forObject(selections, object);
		}
		long most = 0;
		for (GraphQLObjectType possible : possibleTypes(type)) {
			most = Math.max(most, forObject(selections, possible));
		}
		return most;
	}

	private List<GraphQLObjectType> possibleTypes(GraphQLCompositeType type) {
		if (type instanceof GraphQLInterfaceType contract) {
			return this.schema.getImplementations(contract);
		}
		if (type instanceof GraphQLUnionType union) {
			return union.getTypes()
				.stream()
				.filter(GraphQLObjectType.class::isInstance)
				.map(GraphQLObjectType.class::cast)
				.toList();
		}
		return List.of();
	}

	private boolean applies(TypeName condition, GraphQLObjectType type) {
		if (condition == null || condition.getName().equals(type.getName())) {
			return true;
		}
		GraphQLType named = this.schema.getType(condition.getName());
		return (named instanceof GraphQLInterfaceType || named instanceof GraphQLUnionType)
				&& this.schema.isPossibleType((GraphQLNamedType) named, type);
	}

	/** A Relay connection: a {@code ...Connection} type, paged by {@code first}. */
	private static boolean isConnection(GraphQLFieldDefinition definition, GraphQLCompositeType type) {
		return isConnection(type) && definition.getArgument("first") != null;
	}

	private static boolean isConnection(GraphQLCompositeType type) {
		return type.getName().endsWith("Connection");
	}

	/**
	 * The page a connection field asks for: {@code first} as given or as its variable
	 * holds, else the default.
	 */
	private long pageSize(Field field) {
		Integer first = null;
		Argument argument = field.getArguments()
			.stream()
			.filter((a) -> a.getName().equals("first"))
			.findFirst()
			.orElse(null);
		if (argument != null) {
			first = intValue(argument.getValue());
		}
		int size = (first != null) ? first : Paging.DEFAULT_SIZE;
		if (this.largestPage == null || size > this.largestPage.size()) {
			this.largestPage = new Page(field.getName(), size, field.getSourceLocation());
		}
		// A negative size is refused when the page is fetched; it returns nothing, so it
		// counts as nothing.
		return Math.max(0, size);
	}

	private Integer intValue(Value<?> value) {
		if (value instanceof IntValue literal) {
			return literal.getValue().intValue();
		}
		if (value instanceof VariableReference reference
				&& this.variables.get(reference.getName()) instanceof Number number) {
			return number.intValue();
		}
		return null;
	}

	/**
	 * A plain list counts as {@code nodesPerList} items, a list of lists as that many
	 * squared, and so on.
	 */
	private long listItems(GraphQLType type) {
		long items = 1;
		GraphQLType current = type;
		while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
			if (current instanceof GraphQLList) {
				items = times(items, this.nodesPerList);
			}
			current = GraphQLTypeUtil.unwrapOne(current);
		}
		return items;
	}

	private static long plus(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long times(long a, long b) {
		if (a != 0 && b > Long.MAX_VALUE / a) {
			return Long.MAX_VALUE;
		}
		return a * b;
	}

	/**
	 * The count: {@code nodes} (at most {@link Long#MAX_VALUE}) and the largest page a
	 * connection asks for (null when the operation pages nothing).
	 */
	record Result(long nodes, Page largestPage) {

	}

	/** The page one connection field asks for, and where. */
	record Page(String field, int size, SourceLocation location) {

	}

}
