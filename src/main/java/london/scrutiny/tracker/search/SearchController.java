package london.scrutiny.tracker.search;

import java.util.List;

import graphql.schema.TypeResolver;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The {@code search} query; its edges carry the score, the field matched, a snippet and
 * the highlighted passages.
 */
@Controller
class SearchController {

	private final SearchService search;

	private final Paging paging;

	SearchController(SearchService search, Paging paging) {
		this.search = search;
		this.paging = paging;
	}

	@Bean
	static RuntimeWiringConfigurer searchResultWiring() {
		TypeResolver byKind = (env) -> env.getSchema().getObjectType(SearchKind.of(env.getObject()).typeName());
		return (wiring) -> wiring.type("SearchResult", (t) -> t.typeResolver(byKind));
	}

	@QueryMapping
	PageConnection<SearchHit> search(@Argument String text, @Argument Integer first, @Argument String after,
			@Argument SearchFilter filter, @Argument SearchSyntax syntax) {
		return this.search.search(text, syntax, filter, this.paging.request(first, after));
	}

	@SchemaMapping(typeName = "SearchEdge")
	Object node(PageConnection.Edge<SearchHit> edge) {
		return edge.node().node();
	}

	@SchemaMapping(typeName = "SearchEdge")
	String matchedField(PageConnection.Edge<SearchHit> edge) {
		return edge.node().matchedField();
	}

	@SchemaMapping(typeName = "SearchEdge")
	String snippet(PageConnection.Edge<SearchHit> edge) {
		return edge.node().snippet();
	}

	@SchemaMapping(typeName = "SearchEdge")
	double score(PageConnection.Edge<SearchHit> edge) {
		return edge.node().score();
	}

	@SchemaMapping(typeName = "SearchEdge")
	List<Fragment> highlights(PageConnection.Edge<SearchHit> edge) {
		return edge.node().highlights();
	}

}
