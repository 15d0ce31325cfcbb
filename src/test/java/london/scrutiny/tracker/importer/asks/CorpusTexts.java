package london.scrutiny.tracker.importer.asks;

/** The corpus texts, for tests of other packages. */
public final class CorpusTexts {

	private CorpusTexts() {
	}

	public static String text(String name) {
		return CorpusTruth.resource(name + ".txt");
	}

}
