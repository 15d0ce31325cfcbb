package london.scrutiny.tracker.ask;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The asks and their assessments as other features read them: the one lookup the ask
 * feature offers, so that its storage stays its own.
 */
@Component
public class Asks {

	private final AskRepository asks;

	private final AssessmentRepository assessments;

	Asks(AskRepository asks, AssessmentRepository assessments) {
		this.asks = asks;
		this.assessments = assessments;
	}

	public Optional<Ask> byId(String id) {
		return this.asks.findById(id);
	}

	/** The asks with the given ids (those that exist), in no particular order. */
	public List<Ask> byIds(Collection<String> ids) {
		return this.asks.findByIdIn(ids);
	}

	/** The asks the reports or meetings put, in report and number order. */
	public List<Ask> putBy(Collection<String> reportIds) {
		return this.asks.findByReportIdInOrderByReportIdAscNumberAsc(reportIds);
	}

	/** Every assessment of the asks, whatever its date. */
	public List<Assessment> assessmentsOf(Collection<String> askIds) {
		return this.assessments.findByAskIdIn(askIds);
	}

}
