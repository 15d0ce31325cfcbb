package london.scrutiny.tracker.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with an input, field by field, so that one BAD_REQUEST names
 * every offending field at once and nothing is written.
 */
public final class Checks {

	private final List<String> fields = new ArrayList<>();

	private final List<String> messages = new ArrayList<>();

	public Checks require(boolean ok, String field, String message) {
		if (!ok) {
			this.fields.add(field);
			this.messages.add(field + ": " + message);
		}
		return this;
	}

	public Checks text(String value, String field, int max) {
		return require(value != null && !value.isBlank() && value.length() <= max, field,
				"must be given, in 1 to " + max + " characters.");
	}

	public boolean ok() {
		return this.fields.isEmpty();
	}

	public void throwIfAny() {
		if (!this.fields.isEmpty()) {
			throw new InvalidInputException(this.fields.get(0), String.join(" ", this.messages), this.fields);
		}
	}

}
