package london.scrutiny.tracker.limits;

import graphql.introspection.IntrospectionQueryBuilder;

/**
 * The introspection query GraphiQL 2.4.7 sends when it opens, built by graphql-java with
 * the options GraphiQL uses (graphql-js's defaults: descriptions, no deprecated
 * arguments, seven levels of {@code ofType}); the two texts select the same fields.
 */
final class GraphiqlIntrospectionQuery {

	static final String TEXT = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
		.descriptions(true)
		.specifiedByUrl(false)
		.directiveIsRepeatable(false)
		.schemaDescription(false)
		.inputValueDeprecation(false)
		.isOneOf(false)
		.typeRefFragmentDepth(7));

	private GraphiqlIntrospectionQuery() {
	}

}
