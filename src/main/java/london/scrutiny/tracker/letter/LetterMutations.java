package london.scrutiny.tracker.letter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The {@code recordLetter} mutation. */
@Controller
class LetterMutations {

	private final LetterWriter writer;

	LetterMutations(LetterWriter writer) {
		this.writer = writer;
	}

	@MutationMapping
	LetterWriter.Result recordLetter(@Argument LetterWriter.RecordLetterInput input) {
		return this.writer.record(input);
	}

}
