package london.scrutiny.tracker.response;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The answers as other features read them: the one lookup the response feature offers.
 * Each returns every stored answer that matches, whatever its letter's date; callers
 * apply the date in scope ({@link VisibleResponses}).
 */
@Component
public class Responses {

	private final ResponseRepository responses;

	Responses(ResponseRepository responses) {
		this.responses = responses;
	}

	public Optional<Response> byId(String id) {
		return this.responses.findById(id);
	}

	/** The answers to any of the asks. */
	public List<Response> toAsks(Collection<String> askIds) {
		return this.responses.findByAskIdIn(askIds);
	}

	/** The answers the letters give. */
	public List<Response> inLetters(Collection<String> letterIds) {
		return this.responses.findByLetterIdIn(letterIds);
	}

	/** The answers that name any of the programmes. */
	public List<Response> naming(Collection<String> programmeIds) {
		return this.responses.findByProgrammeIdsIn(programmeIds);
	}

}
