package london.scrutiny.tracker.search;

import graphql.schema.TypeResolver;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** The {@code search} query; its edges carry the field matched and a snippet. */
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
		TypeResolver byClass = (env) -> {
			Object node = env.getObject();
			String type;
			if (node instanceof Ask) {
				type = "Recommendation";
			}
			else if (node instanceof Response) {
				type = "Response";
			}
			else if (node instanceof Programme) {
				type = "Programme";
			}
			else if (node instanceof Evidence) {
				type = "Evidence";
			}
			else {
				type = SearchService.isLetter(node) ? "Letter" : "Report";
			}
			return env.getSchema().getObjectType(type);
		};
		return (wiring) -> wiring.type("SearchResult", (t) -> t.typeResolver(byClass));
	}

	@QueryMapping
	PageConnection<SearchHit> search(@Argument String text, @Argument Integer first, @Argument String after) {
		return this.paging.slice(this.search.search(text), this.paging.request(first, after));
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

}
