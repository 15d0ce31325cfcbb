package london.scrutiny.tracker.importer.pdf;

import london.scrutiny.tracker.importer.RejectedInputException;

/**
 * A PDF the importers cannot read, with the reason classified and what to do about it in
 * the message. Nothing is stored.
 */
public class PdfRejectedException extends RejectedInputException {

	/** Why the PDF was refused. */
	public enum Reason {

		/** No bytes at all. */
		EMPTY,
		/** Not a PDF (no {@code %PDF-} header). */
		NOT_A_PDF,
		/** A password is needed to open it, or its permissions forbid copying text. */
		ENCRYPTED,
		/** Damaged beyond reading: no page could be read. */
		CORRUPT,
		/** Pages with no text layer: a scan or images of text. */
		NO_TEXT_LAYER,
		/** Too many bytes, pages or characters for one document. */
		OVERSIZED

	}

	public PdfRejectedException(Reason reason, String message) {
		super("file", reason, message);
	}

	@Override
	public Reason reason() {
		return (Reason) super.reason();
	}

}
