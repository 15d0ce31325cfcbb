package london.scrutiny.tracker.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the operation names used as a metric tag to a bounded set: clients choose the
 * names, and a hostile one could otherwise create a time series per request.
 */
final class OperationNames {

	static final String ANONYMOUS = "anonymous";

	static final String OTHER = "other";

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

	/**
	 * The first named operation of a document: linear, and read before the document is
	 * parsed, since the metric's tags are set when the request starts.
	 */
	private static final Pattern DECLARED = Pattern
		.compile("\\b(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]{0,63})");

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	private final int max;

	OperationNames(int max) {
		this.max = max;
	}

	/** The name of the first named operation in the document, or null. */
	static String declaredIn(String document) {
		if (document == null) {
			return null;
		}
		Matcher found = DECLARED.matcher(document);
		return found.find() ? found.group(1) : null;
	}

	/** The tag for this name: itself while fewer than the maximum are known. */
	String tag(String name) {
		if (name == null || name.isEmpty()) {
			return ANONYMOUS;
		}
		if (!NAME.matcher(name).matches()) {
			return OTHER;
		}
		if (this.seen.contains(name) || (this.seen.size() < this.max && this.seen.add(name))) {
			return name;
		}
		return OTHER;
	}

}
