package london.scrutiny.tracker.organisation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.support.Batches;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The themes of reports and asks, resolved from their slugs in one batch. */
@Controller
class ThemeLinks {

	private final ThemeRepository themes;

	ThemeLinks(ThemeRepository themes) {
		this.themes = themes;
	}

	@BatchMapping(typeName = "Report", field = "themes")
	Map<SourceDocument, List<Theme>> reportThemes(List<SourceDocument> reports) {
		return resolve(reports, SourceDocument::themes);
	}

	@BatchMapping(typeName = "Recommendation", field = "themes")
	Map<Ask, List<Theme>> askThemes(List<Ask> asks) {
		return resolve(asks, Ask::themes);
	}

	private <K> Map<K, List<Theme>> resolve(List<K> keys, Function<K, List<String>> slugs) {
		return Batches.many(keys, slugs, this.themes::findAllById, Theme::id);
	}

}
