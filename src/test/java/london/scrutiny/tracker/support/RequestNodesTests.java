package london.scrutiny.tracker.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's node budget: lists returned are counted against it, and a list about to be
 * built that could not fit is refused first.
 */
class RequestNodesTests {

	@Test
	void aListThatFitsWhatIsLeftMayBeBuiltAndOneThatDoesNotIsRefused() {
		RequestNodes budget = RequestNodes.start(10);
		try {
			assertThat(budget.add(4)).isFalse();
			RequestNodes.reserve(6);
			assertThat(budget.isOver()).isFalse();
			assertThatThrownBy(() -> RequestNodes.reserve(7)).isInstanceOf(RequestNodes.NodeLimitException.class);
			assertThat(budget.isOver()).isTrue();
		}
		finally {
			budget.end();
		}
	}

	@Test
	void listsReturnedPastTheBudgetSpendIt() {
		RequestNodes budget = RequestNodes.start(10);
		try {
			assertThat(budget.add(10)).isFalse();
			assertThat(budget.add(1)).isTrue();
			assertThat(budget.isOver()).isTrue();
		}
		finally {
			budget.end();
		}
	}

	@Test
	void outsideARequestNothingIsRefused() {
		RequestNodes.start(1).end();
		RequestNodes.reserve(Long.MAX_VALUE / 2);
	}

}
