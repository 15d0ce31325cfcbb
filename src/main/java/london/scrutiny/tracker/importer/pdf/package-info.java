/**
 * Takes a PDF where the importers take text: its text layer, read with Apache PDFBox, for
 * the command line and for {@code POST /drafts}. Encrypted, corrupt, image-only and
 * oversized PDFs are refused with a classified reason.
 */
package london.scrutiny.tracker.importer.pdf;
