package london.scrutiny.tracker.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves GraphiQL at {@code /graphiql} and the example operations of
 * {@code graphql/examples/}, which open as its tabs; the first, {@code 01-...}, is the
 * tab shown first.
 */
@Controller
class ExplorerController {

	private final List<Example> examples;

	ExplorerController() {
		this.examples = load();
	}

	@GetMapping({ "/graphiql", "/graphiql/" })
	String page() {
		return "forward:/graphiql/index.html";
	}

	@GetMapping("/graphiql/examples")
	@ResponseBody
	List<Example> examples() {
		return this.examples;
	}

	private static List<Example> load() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath:static/examples/*.graphql");
			return Arrays.stream(found)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(ExplorerController::example)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the example operations", ex);
		}
	}

	private static Example example(Resource resource) {
		try {
			String name = resource.getFilename().replaceFirst("\\.graphql$", "");
			return new Example(name, resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getFilename(), ex);
		}
	}

	/** An example operation: its file name without extension, and its text. */
	record Example(String name, String query) {
	}

}
