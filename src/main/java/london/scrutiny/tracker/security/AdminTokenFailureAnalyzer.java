package london.scrutiny.tracker.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a too-short configured ADMIN token into a one-line reason and its fix. */
class AdminTokenFailureAnalyzer extends AbstractFailureAnalyzer<AdminTokenTooShortException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdminTokenTooShortException cause) {
		return new FailureAnalysis(
				"TRACKER_ADMIN_TOKEN is " + cause.length() + " characters long; an ADMIN secret needs at least "
						+ AdminTokenTooShortException.MIN_LENGTH + ".",
				"Set TRACKER_ADMIN_TOKEN to a random secret of " + AdminTokenTooShortException.MIN_LENGTH
						+ " characters or more (for example: openssl rand -base64 32), or unset it to have the first "
						+ "start create one.",
				null);
	}

}
