package london.scrutiny.tracker.ask;

import java.util.Comparator;

/**
 * Ask ids are {@code <report id>/<number>}; they sort by report, then by number as a
 * number (2 before 10).
 */
public final class AskIds {

	public static final Comparator<String> NATURAL = Comparator.comparing(AskIds::reportPart)
		.thenComparingInt(AskIds::numberPart)
		.thenComparing(Comparator.naturalOrder());

	private AskIds() {
	}

	private static String reportPart(String id) {
		int slash = id.lastIndexOf('/');
		return (slash < 0) ? id : id.substring(0, slash);
	}

	private static int numberPart(String id) {
		int slash = id.lastIndexOf('/');
		try {
			return Integer.parseInt(id.substring(slash + 1));
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

}
