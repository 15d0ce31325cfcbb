package london.scrutiny.tracker.organisation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.recommendation.Ask;

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
		Set<String> ids = keys.stream().flatMap((k) -> slugs.apply(k).stream()).collect(Collectors.toSet());
		Map<String, Theme> found = this.themes.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Theme::id, Function.identity()));
		return keys.stream()
			.collect(Collectors.toMap(Function.identity(),
					(k) -> slugs.apply(k).stream().map(found::get).filter((t) -> t != null).toList(), (a, b) -> a));
	}

}
