package london.scrutiny.tracker.store;

/**
 * The store cannot take or serve data just now (a full or read-only disk, or a store
 * being reopened after such a fault). Nothing of the request that met it was stored; the
 * same request can be sent again once the fault is cleared.
 */
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
