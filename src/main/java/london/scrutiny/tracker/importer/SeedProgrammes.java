package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The programmes the curated seed bundles name, for the command line, which runs without
 * a database. Bundles are read as data ({@code programmes[]._id, name, aliases}); a
 * programme that several bundles speak of is one programme with all their aliases, as the
 * seed loader merges it.
 */
final class SeedProgrammes {

	/** Where the build packages the seed bundles. */
	static final String LOCATION = "classpath*:mongo-init/seed/*.json";

	private SeedProgrammes() {
	}

	/** The programmes of every bundle at {@link #LOCATION}, in bundle order. */
	static List<KnownProgramme> read() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(bundles, Comparator.comparing(Resource::getFilename));
			return read(Arrays.asList(bundles));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the seed bundles at " + LOCATION, ex);
		}
	}

	static List<KnownProgramme> read(List<Resource> bundles) {
		JsonMapper json = JsonMapper.shared();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Set<String>> aliases = new LinkedHashMap<>();
		for (Resource bundle : bundles) {
			JsonNode root;
			try (InputStream in = bundle.getInputStream()) {
				root = json.readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + bundle.getDescription(), ex);
			}
			for (JsonNode programme : root.path("programmes").values()) {
				String id = programme.path("_id").asString(null);
				if (id == null) {
					continue;
				}
				String name = programme.path("name").asString(null);
				if (name != null) {
					names.putIfAbsent(id, name);
				}
				Set<String> known = aliases.computeIfAbsent(id, (k) -> new LinkedHashSet<>());
				programme.path("aliases").values().forEach((alias) -> known.add(alias.asString()));
			}
		}
		List<KnownProgramme> programmes = new ArrayList<>();
		aliases.forEach((id, known) -> programmes.add(new KnownProgramme(id, names.get(id), List.copyOf(known))));
		return programmes;
	}

}
