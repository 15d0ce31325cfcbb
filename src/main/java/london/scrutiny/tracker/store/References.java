package london.scrutiny.tracker.store;

import java.util.Locale;

/**
 * Letter references as people type them: "MOPAC090223- C4495", "mopac090223-c4495" and
 * "MOPAC090223-C4495" are one reference. The key keeps letters and digits only,
 * upper-cased.
 */
public final class References {

	private References() {
	}

	public static String key(String reference) {
		return reference.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	/** The reference in its canonical written form: no spaces, upper case. */
	public static String canonical(String reference) {
		return reference.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
	}

}
