package london.scrutiny.tracker.document;

import java.util.List;
import java.util.Map;

import graphql.schema.TypeResolver;
import london.scrutiny.tracker.support.Source;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The {@code Document} interface: which GraphQL type a stored document is, and the
 * document behind every {@code SourceRef}, loaded in one batch per request level.
 */
@Controller
class DocumentLinks {

	private final Documents documents;

	DocumentLinks(Documents documents) {
		this.documents = documents;
	}

	@Bean
	static RuntimeWiringConfigurer documentTypeWiring() {
		TypeResolver byKind = (env) -> {
			SourceDocument document = env.getObject();
			return env.getSchema().getObjectType(document.isLetter() ? "Letter" : "Report");
		};
		return (wiring) -> wiring.type("Document", (type) -> type.typeResolver(byKind));
	}

	@BatchMapping(typeName = "SourceRef", field = "document")
	Map<Source, SourceDocument> document(List<Source> sources) {
		return this.documents.byIds(sources, Source::documentId);
	}

}
