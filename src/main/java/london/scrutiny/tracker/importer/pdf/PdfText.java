package london.scrutiny.tracker.importer.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import london.scrutiny.tracker.importer.TextWords;
import london.scrutiny.tracker.importer.pdf.PdfRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, page by page (pages separated by form feeds, so running
 * headers and footers can be told from the text), in the order the PDF writes it, which
 * keeps a two-column page's columns apart. Buffers go to a temporary file rather than
 * memory, and the size is capped before anything is parsed.
 */
public final class PdfText {

	/** The largest PDF taken, in bytes: a long report with images is far smaller. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most pages taken. */
	public static final int MAX_PAGES = 300;

	/** Fewer letters than this per page, on average, is a scan without a text layer. */
	static final int MIN_LETTERS_PER_PAGE = 20;

	private PdfText() {
	}

	/**
	 * Whether the bytes are a PDF: the header within the first kilobyte, as readers
	 * allow.
	 */
	public static boolean isPdf(byte[] bytes) {
		int window = Math.min(bytes.length, 1024);
		return new String(bytes, 0, window, StandardCharsets.ISO_8859_1).contains("%PDF-");
	}

	/**
	 * The text of the PDF.
	 * @throws PdfRejectedException classified, when the PDF cannot be read
	 */
	public static String extract(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new PdfRejectedException(Reason.EMPTY, "The file is empty: upload the PDF itself.");
		}
		if (bytes.length > MAX_BYTES) {
			throw oversized(bytes.length);
		}
		if (!isPdf(bytes)) {
			throw new PdfRejectedException(Reason.NOT_A_PDF,
					"This is not a PDF (it has no %PDF- header). Upload the PDF, or send a text file.");
		}
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw encrypted();
			}
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				throw corrupt("it has no page that can be read");
			}
			if (pages > MAX_PAGES) {
				throw new PdfRejectedException(Reason.OVERSIZED,
						"The PDF has " + count(pages) + " pages; the importer takes at most " + MAX_PAGES
								+ ". Upload the part that holds the asks or the answer.");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(false);
			stripper.setPageEnd("\f");
			// An empty line where the page leaves a paragraph's gap, so a paragraph that
			// happens to fill its last line is not run into the next.
			stripper.setParagraphEnd(stripper.getLineSeparator());
			String text = stripper.getText(document);
			long letters = text.chars().filter(Character::isLetter).count();
			if (letters < (long) MIN_LETTERS_PER_PAGE * pages) {
				throw new PdfRejectedException(Reason.NO_TEXT_LAYER, "The PDF's " + count(pages) + " page"
						+ ((pages == 1) ? " has" : "s have") + " only " + count(letters)
						+ " letters of text: it is a scan or images of text, with no text layer. Run it through OCR "
						+ "(most scanners and PDF tools can) and upload the result, or paste the text.");
			}
			if (text.length() > TextWords.MAX_CHARACTERS) {
				throw new PdfRejectedException(Reason.OVERSIZED,
						"The PDF's text has " + count(text.length()) + " characters; the importer takes at most "
								+ count(TextWords.MAX_CHARACTERS)
								+ ". Upload the part that holds the asks or the answer.");
			}
			return text;
		}
		catch (InvalidPasswordException ex) {
			throw encrypted();
		}
		catch (IOException ex) {
			throw corrupt(ex.getMessage());
		}
	}

	/** The refusal of a file over {@link #MAX_BYTES}. */
	public static PdfRejectedException oversized(long bytes) {
		return new PdfRejectedException(Reason.OVERSIZED, "The file has " + count(bytes)
				+ " bytes; the importer takes at most " + count(MAX_BYTES) + ". Upload one document, or its text.");
	}

	/**
	 * The text of a file: a PDF's text layer, or the file read as UTF-8 text; PDFs and
	 * text over the size limits are refused before they are read whole.
	 */
	public static String read(java.nio.file.Path file) throws IOException {
		long size = java.nio.file.Files.size(file);
		boolean pdf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
		// A UTF-8 character takes at most 4 bytes: a bigger text file is over the limit.
		if (size > (pdf ? MAX_BYTES : 4L * TextWords.MAX_CHARACTERS)) {
			throw oversized(size);
		}
		byte[] bytes = java.nio.file.Files.readAllBytes(file);
		return (pdf || isPdf(bytes)) ? extract(bytes) : new String(bytes, StandardCharsets.UTF_8);
	}

	private static PdfRejectedException encrypted() {
		return new PdfRejectedException(Reason.ENCRYPTED,
				"The PDF is encrypted: it needs a password to open, or forbids copying its text. Ask the sender for "
						+ "an unprotected copy, or save it without protection, and upload that.");
	}

	private static PdfRejectedException corrupt(String detail) {
		return new PdfRejectedException(Reason.CORRUPT, "The PDF is damaged and cannot be read (" + detail
				+ "). Download it again, or open it and save a new copy, and upload that.");
	}

	private static String count(long n) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(n);
	}

}
