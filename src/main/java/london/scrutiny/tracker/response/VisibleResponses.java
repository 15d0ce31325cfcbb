package london.scrutiny.tracker.response;

import java.util.List;
import java.util.Set;

import london.scrutiny.tracker.store.Existing;

import org.springframework.stereotype.Component;

/**
 * A letter is written after its responses, so a response whose letter is not stored
 * belongs to a letter still being written (or whose write failed part-way and awaits its
 * retry): readers never see it.
 */
@Component
public class VisibleResponses {

	private final Existing existing;

	public VisibleResponses(Existing existing) {
		this.existing = existing;
	}

	public List<Response> of(List<Response> responses) {
		Set<String> unwritten = this.existing.missing("documents", responses.stream().map(Response::letterId).toList());
		return unwritten.isEmpty() ? responses
				: responses.stream().filter((r) -> !unwritten.contains(r.letterId())).toList();
	}

}
