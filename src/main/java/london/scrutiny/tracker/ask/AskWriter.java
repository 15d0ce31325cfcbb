package london.scrutiny.tracker.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import london.scrutiny.tracker.store.Existing;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.Inputs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Changes an ask's words, addressees or themes, guarded by its version. */
@Service
public class AskWriter {

	private final Writes writes;

	private final Existing existing;

	private final AskRepository asks;

	public AskWriter(Writes writes, Existing existing, AskRepository asks) {
		this.writes = writes;
		this.existing = existing;
		this.asks = asks;
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Ask update(UpdateRecommendationInput input) {
		Checks checks = new Checks();
		checks.require(input.text() == null || (!input.text().isBlank() && input.text().length() <= 5000), "input.text",
				"must be the ask's words, up to 5,000 characters.");
		checks.require(input.addresseeIds() == null || !input.addresseeIds().isEmpty(), "input.addresseeIds",
				"name at least one addressee.");
		Set<String> unknown = this.existing.missing("organisations", Inputs.list(input.addresseeIds()));
		checks.require(unknown.isEmpty(), "input.addresseeIds", "unknown organisation ids " + unknown + ".");
		Set<String> themes = this.existing.missing("themes", Inputs.list(input.themes()));
		checks.require(themes.isEmpty(), "input.themes", "unknown theme ids " + themes + ".");
		checks.throwIfAny();
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("text", input.text());
		changes.put("title", input.title());
		changes.put("addresseeIds", input.addresseeIds());
		changes.put("addresseeText", input.addresseeText());
		changes.put("themes", input.themes());
		this.writes.update("updateRecommendation", Ask.class, input.id(), input.expectedVersion(),
				Inputs.setGiven(changes));
		return this.asks.findById(input.id()).orElseThrow();
	}

	/** The write API's ask changes. */
	public record UpdateRecommendationInput(String id, long expectedVersion, String text, String title,
			List<String> addresseeIds, String addresseeText, List<String> themes) {
	}

}
