package london.scrutiny.tracker.limits;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How deep an operation nests: the most fields on any path from the operation to a leaf,
 * so {@code { letter { from { name } } }} is 3 deep. Fragments add no depth of their own;
 * their fields count where they are spread. Each fragment is measured once, so a document
 * that spreads the same fragment many times costs no more to measure than its text is
 * long.
 */
final class QueryDepth {

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Integer> byFragment = new HashMap<>();

	private QueryDepth(Map<String, FragmentDefinition> fragments) {
		this.fragments = fragments;
	}

	/**
	 * The depth of {@code operation}; its fragments have passed validation, so none
	 * spreads itself.
	 */
	static int of(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
		return new QueryDepth(fragments).depth(operation.getSelectionSet());
	}

	private int depth(SelectionSet selections) {
		if (selections == null) {
			return 0;
		}
		int deepest = 0;
		for (Selection<?> selection : selections.getSelections()) {
			deepest = Math.max(deepest, depth(selection));
		}
		return deepest;
	}

	private int depth(Selection<?> selection) {
		if (selection instanceof Field field) {
			return 1 + depth(field.getSelectionSet());
		}
		if (selection instanceof InlineFragment inline) {
			return depth(inline.getSelectionSet());
		}
		if (selection instanceof FragmentSpread spread) {
			Integer known = this.byFragment.get(spread.getName());
			if (known == null) {
				FragmentDefinition fragment = this.fragments.get(spread.getName());
				known = (fragment != null) ? depth(fragment.getSelectionSet()) : 0;
				this.byFragment.put(spread.getName(), known);
			}
			return known;
		}
		return 0;
	}

}
