package london.scrutiny.tracker.web;

import org.springframework.http.HttpStatus;

/** A page that cannot be shown, and why, with the status it is served with. */
class PageException extends RuntimeException {

	private final HttpStatus status;

	PageException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
