package london.scrutiny.tracker.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import london.scrutiny.tracker.support.Batches;

import org.springframework.stereotype.Component;

/**
 * Looks up the programmes a batch of records names, in one query: the lookup other
 * features use.
 */
@Component
public class Programmes {

	private final ProgrammeRepository programmes;

	public Programmes(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	/** Maps each key to the programmes its ids name, in the order it names them. */
	public <K> Map<K, List<Programme>> named(Collection<K> keys, Function<K, List<String>> idsOf) {
		return Batches.many(keys, idsOf, this.programmes::findByIdIn, Programme::id);
	}

}
