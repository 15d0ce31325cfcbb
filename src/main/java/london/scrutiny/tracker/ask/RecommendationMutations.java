package london.scrutiny.tracker.ask;

import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations on asks: their words, their assessments and their deadlines. */
@Controller
class RecommendationMutations {

	private final AskWriter asks;

	private final StatusWriter status;

	RecommendationMutations(AskWriter asks, StatusWriter status) {
		this.asks = asks;
		this.status = status;
	}

	@MutationMapping
	Map<String, Ask> updateRecommendation(@Argument AskWriter.UpdateRecommendationInput input) {
		return Map.of("recommendation", this.asks.update(input));
	}

	@MutationMapping
	StatusWriter.AssessmentResult recordAssessment(@Argument StatusWriter.RecordAssessmentInput input) {
		return this.status.assess(input);
	}

	@MutationMapping
	StatusWriter.RevisionResult reviseDeadline(@Argument StatusWriter.ReviseDeadlineInput input) {
		return this.status.reviseDeadline(input);
	}

}
