package london.scrutiny.tracker.importer.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs made in the test from a document's text, laid out as a clerk's PDF is: a
 * letterhead on the first page, a running header, a footer with the address and contact
 * details and the page number on every page, the text wrapped to the page's (or a
 * column's) width, paragraphs spaced apart, bullets as the Symbol-font glyphs word
 * processors use. Also the PDFs the importer must refuse: encrypted, image-only.
 */
public final class TestPdfs {

	private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private static final float SIZE = 10;

	private static final float LEADING = 13;

	private static final float MARGIN = 56;

	/** Lines of body per column before a new column or page starts. */
	private static final int LINES_PER_COLUMN = 30;

	private TestPdfs() {
	}

	/** The text as a PDF with page furniture, in one column or two. */
	public static byte[] document(String text, String runningHeader, boolean twoColumns) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDRectangle a4 = PDRectangle.A4;
			float columnWidth = twoColumns ? (a4.getWidth() - 2 * MARGIN - 20) / 2 : a4.getWidth() - 2 * MARGIN;
			List<String> lines = new ArrayList<>();
			for (String paragraph : text.split("\n")) {
				if (paragraph.isBlank()) {
					continue;
				}
				lines.addAll(wrap(safe(paragraph.strip()), columnWidth));
				lines.add("");
			}
			int perPage = twoColumns ? 2 * LINES_PER_COLUMN : LINES_PER_COLUMN;
			int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(a4);
				pdf.addPage(page);
				try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
					float top = a4.getHeight() - MARGIN;
					if (p == 0) {
						write(out, BOLD, 14, MARGIN, top, "LONDON ASSEMBLY");
						write(out, BODY, 9, MARGIN, top - 16, "City Hall, Kamal Chunchie Way, London E16 1ZE");
						top -= 48;
					}
					else {
						write(out, BODY, 8, MARGIN, top, runningHeader);
						top -= 28;
					}
					List<String> onPage = lines.subList(p * perPage, Math.min(lines.size(), (p + 1) * perPage));
					for (int i = 0; i < onPage.size(); i++) {
						int column = i / LINES_PER_COLUMN;
						int row = i % LINES_PER_COLUMN;
						float x = MARGIN + column * (columnWidth + 20);
						if (!onPage.get(i).isEmpty()) {
							write(out, BODY, SIZE, x, top - row * LEADING, onPage.get(i));
						}
					}
					write(out, BODY, 8, MARGIN, MARGIN - 10,
							"City Hall, Kamal Chunchie Way, London E16 1ZE  Enquiries: 020 7983 4000  www.london.gov.uk");
					write(out, BODY, 8, a4.getWidth() - MARGIN - 50, MARGIN - 24, "Page " + (p + 1) + " of " + pages);
				}
			}
			return save(pdf);
		}
	}

	/** A PDF that needs a password to open. */
	public static byte[] encrypted(String text) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
				write(out, BODY, SIZE, MARGIN, 700, safe(text.lines().findFirst().orElse("")));
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			return save(pdf);
		}
	}

	/** A scanned page: an image of text, no text layer. */
	public static byte[] imageOnly() throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			for (int y = 20; y < 260; y += 12) {
				for (int x = 20; x < 180; x++) {
					scan.setRGB(x, y, 0xFFFFFF);
				}
			}
			PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
			try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
				out.drawImage(image, 50, 100, 500, 700);
			}
			return save(pdf);
		}
	}

	private static byte[] save(PDDocument pdf) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		pdf.save(bytes);
		return bytes.toByteArray();
	}

	private static void write(PDPageContentStream out, PDType1Font font, float size, float x, float y, String line)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(line);
		out.endText();
	}

	private static List<String> wrap(String paragraph, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" +")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && BODY.getStringWidth(candidate) / 1000 * SIZE > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * The characters the standard font can show: a Symbol-font bullet becomes the bullet
	 * the font has, anything else it lacks a space.
	 */
	private static String safe(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.replace('\uF0B7', '•').replace('\u00A0', ' ').toCharArray()) {
			try {
				BODY.encode(String.valueOf(c));
				out.append(c);
			}
			catch (IllegalArgumentException | IOException ex) {
				out.append(' ');
			}
		}
		return out.toString();
	}

}
