package london.scrutiny.tracker.store;

/**
 * The store file is not the one the application last wrote: cut short, overwritten or
 * removed. Starting on it would serve (and re-seed) an older state and lose acknowledged
 * writes, so the application refuses to start and says how to recover.
 */
public class DamagedStoreException extends RuntimeException {

	public DamagedStoreException(String message) {
		super(message);
	}

	public DamagedStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
