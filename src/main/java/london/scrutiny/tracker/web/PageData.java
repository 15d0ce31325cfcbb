package london.scrutiny.tracker.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs a page's GraphQL query (from {@code pages/<name>.graphql}) in process, through the
 * same schema, batching, status rules and limits as {@code /graphql}: what a page shows
 * is exactly what its "open in GraphiQL" link returns.
 */
@Component
class PageData {

	private final ExecutionGraphQlService graphQl;

	PageData(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
	}

	/** The query a page of this name runs, with these variables. */
	PageQuery query(String name, Map<String, Object> variables) {
		return new PageQuery(document(name), variables);
	}

	/**
	 * The query's data; a query the schema refuses is a defect of the page, not of the
	 * reader.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> run(PageQuery query) {
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(query.document(), null, query.variables(), Map.of(),
					UUID.randomUUID().toString(), Locale.UK))
			.block();
		if (response == null || !response.isValid() || !response.getErrors().isEmpty()) {
			throw new IllegalStateException("A page's query failed: "
					+ ((response != null) ? response.getErrors() : "no response") + "\n" + query.document());
		}
		return (Map<String, Object>) Hrefs.decorate(response.getData());
	}

	private static String document(String name) {
		try {
			return new ClassPathResource("pages/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8)
				.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No page query " + name, ex);
		}
	}

}
