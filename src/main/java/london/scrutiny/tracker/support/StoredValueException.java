package london.scrutiny.tracker.support;

/**
 * A stored record holds a value no computation can use (a date centuries away, stored
 * before dates were checked). Served as a classified error on the one field that needs
 * the value; the rest of the response is served.
 */
public class StoredValueException extends RuntimeException {

	public StoredValueException(String what) {
		super(what, null, false, false);
	}

}
