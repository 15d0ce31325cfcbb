package london.scrutiny.tracker.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shape of every batched link: collect the ids a batch of parents points at, load
 * them with one query, and hand each parent its records in the order it lists them.
 */
public final class Batches {

	private Batches() {
	}

	/** For parents that point at one record each. */
	public static <K, T> Map<K, T> one(Collection<K> parents, Function<K, String> idOf,
			Function<Set<String>, ? extends Collection<T>> load, Function<T, String> keyOf) {
		Map<String, T> found = load(parents.stream().map(idOf), load, keyOf);
		Map<K, T> result = new LinkedHashMap<>();
		for (K parent : parents) {
			String id = idOf.apply(parent);
			T target = (id != null) ? found.get(id) : null;
			if (target != null) {
				result.put(parent, target);
			}
		}
		return result;
	}

	/** For parents that point at a list of records. */
	public static <K, T> Map<K, List<T>> many(Collection<K> parents, Function<K, List<String>> idsOf,
			Function<Set<String>, ? extends Collection<T>> load, Function<T, String> keyOf) {
		Map<String, T> found = load(parents.stream().flatMap((p) -> idsOf.apply(p).stream()), load, keyOf);
		Map<K, List<T>> result = new LinkedHashMap<>();
		for (K parent : parents) {
			result.put(parent,
					idsOf.apply(parent)
						.stream()
						.filter(Objects::nonNull)
						.distinct()
						.map(found::get)
						.filter(Objects::nonNull)
						.toList());
		}
		return result;
	}

	private static <T> Map<String, T> load(java.util.stream.Stream<String> ids,
			Function<Set<String>, ? extends Collection<T>> load, Function<T, String> keyOf) {
		// Every batch load passes here: past the request's deadline, load nothing more.
		RequestDeadline.check();
		Set<String> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return load.apply(wanted).stream().collect(Collectors.toMap(keyOf, Function.identity(), (a, b) -> a));
	}

}
