package london.scrutiny.tracker.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keyset paging of a list sorted in memory: pages make up the list, a cursor keeps its
 * place when items are added or left out, an item at the end of time pages like any
 * other, and a cursor of another list is refused.
 */
class SortedSliceTests {

	record Line(LocalDate on, String id) {

		Map<String, Object> keys() {
			Map<String, Object> keys = new LinkedHashMap<>();
			keys.put("on", this.on);
			keys.put("id", this.id);
			return keys;
		}

	}

	private final Paging paging = new Paging();

	private static final List<Line> LINES = List.of(new Line(LocalDate.of(2021, 4, 12), "a"),
			new Line(LocalDate.of(2021, 4, 12), "b"), new Line(LocalDate.of(2022, 3, 23), "c"),
			new Line(LocalDate.of(2023, 1, 25), "d"), new Line(LocalDate.MAX, "undated"));

	@Test
	void walkingPagesOfTwoMeetsEveryLineOnceInOrder() {
		List<Line> met = new ArrayList<>();
		String after = null;
		PageConnection<Line> page;
		do {
			page = this.paging.sortedSlice(LINES, Line::keys, this.paging.request(2, after));
			page.edges().forEach((e) -> met.add(e.node()));
			assertThat(page.totalCount()).isEqualTo(5);
			after = page.pageInfo().endCursor();
		}
		while (page.pageInfo().hasNextPage());
		assertThat(met).containsExactlyElementsOf(LINES);
	}

	@Test
	void aCursorKeepsItsPlaceWhenLinesAreAddedBeforeItOrItsOwnLineIsLeftOut() {
		String afterB = this.paging.sortedSlice(LINES, Line::keys, this.paging.request(2, null)).pageInfo().endCursor();
		List<Line> grown = new ArrayList<>(LINES);
		grown.add(0, new Line(LocalDate.of(2020, 1, 1), "older"));
		assertThat(first(grown, afterB)).isEqualTo("c");
		List<Line> withoutB = LINES.stream().filter((l) -> !l.id().equals("b")).toList();
		assertThat(first(withoutB, afterB)).isEqualTo("c");
		String afterD = this.paging.sortedSlice(LINES, Line::keys, this.paging.request(4, null)).pageInfo().endCursor();
		assertThat(first(LINES, afterD)).isEqualTo("undated");
	}

	@Test
	void aCursorOfAnotherListIsRefusedOnAfter() {
		String offset = Cursors.encode(org.springframework.data.domain.ScrollPosition.offset(1));
		String otherKeys = Cursors
			.encode(org.springframework.data.domain.ScrollPosition.forward(Map.of("reportId", "x", "id", "y")));
		String otherKind = Cursors.encode(org.springframework.data.domain.ScrollPosition
			.forward(new LinkedHashMap<>(Map.of("on", "2021-04-12", "id", "a"))));
		for (String cursor : List.of(offset, otherKeys, otherKind)) {
			assertThatThrownBy(() -> this.paging.sortedSlice(LINES, Line::keys, this.paging.request(2, cursor)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						(e) -> assertThat(e.argument()).isEqualTo("after"));
		}
	}

	private String first(List<Line> lines, String after) {
		return this.paging.sortedSlice(lines, Line::keys, this.paging.request(1, after)).edges().get(0).node().id();
	}

}
