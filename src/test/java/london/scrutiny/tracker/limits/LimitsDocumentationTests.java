package london.scrutiny.tracker.limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import london.scrutiny.tracker.support.Paging;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Limits table, application.properties and the defaults in {@link ApiLimits}
 * say the same: a value changed in one place and not the others fails here.
 */
class LimitsDocumentationTests {

	@Test
	void theReadmeTableGivesTheValuesApplicationPropertiesSets() throws IOException {
		Properties properties = applicationProperties();
		List<Row> rows = readmeRows();
		assertThat(rows).extracting(Row::limit)
			.containsExactly("maxPageSize", "maxDepth", "maxNodes", "requestTimeout", "maxRequestBytes");
		for (Row row : rows) {
			assertThat(row.error()).as(row.limit()).contains("(" + row.limit() + ")");
			if (row.property().startsWith("tracker.limits.")) {
				assertThat(properties.getProperty(row.property())).as(row.property()).isEqualTo(row.value());
			}
		}
		assertThat(rows.get(0).value()).isEqualTo(String.valueOf(Paging.MAX_SIZE));
	}

	@Test
	void applicationPropertiesSetsTheDefaultsTheCodeFallsBackTo() throws IOException {
		Map<String, String> configured = applicationProperties().stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith("tracker.limits."))
			.collect(Collectors.toMap((name) -> name, applicationProperties()::getProperty));
		assertThat(configured).containsOnlyKeys("tracker.limits.max-depth", "tracker.limits.max-nodes",
				"tracker.limits.nodes-per-list", "tracker.limits.request-timeout", "tracker.limits.max-request-bytes");
		assertThat(bind(configured)).isEqualTo(bind(Map.of()));
	}

	private static ApiLimits bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("tracker.limits",
				ApiLimits.class);
	}

	private static Properties applicationProperties() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = LimitsDocumentationTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties;
	}

	/** The table rows of the README's "## Limits" section, without backticks. */
	private static List<Row> readmeRows() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		String section = readme.substring(readme.indexOf("\n## Limits\n"));
		section = section.substring(0, section.indexOf("\n## ", 1));
		List<Row> rows = new ArrayList<>();
		for (String line : section.lines().toList()) {
			if (line.startsWith("| `")) {
				String[] cells = line.split("\\|");
				rows.add(new Row(plain(cells[1]), plain(cells[2]), plain(cells[3]), plain(cells[4])));
			}
		}
		return rows;
	}

	private static String plain(String cell) {
		return cell.replace("`", "").trim();
	}

	private record Row(String limit, String value, String property, String error) {

	}

}
