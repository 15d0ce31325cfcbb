package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import london.scrutiny.tracker.importer.asks.AsksReader;
import london.scrutiny.tracker.importer.pdf.PdfRejectedException;
import london.scrutiny.tracker.importer.pdf.PdfText;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the draft of a letter's text file as JSON, for batch work and for checking the
 * parser. It does not start the application or touch a database: the programmes it
 * recognises are those of the seed bundles packaged with it.
 *
 * The pom configures exec-maven-plugin with this class as its main class, so from the
 * project's directory:
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.args="letter.txt"
 * ./mvnw -q compile exec:java -Dexec.args="--report pcc-2024-05-01 letter.txt"
 * </pre>
 *
 * or, without Maven at run time:
 *
 * <pre>
 * ./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/classes:$(cat target/classpath.txt) london.scrutiny.tracker.importer.ImportCli FILE
 * </pre>
 *
 * FILE may be a PDF (its text layer is read) or UTF-8 text. {@code --asks} drafts the
 * asks of a report or minutes instead of a letter. Options: {@code --report ID} names the
 * report or meeting the letter answers (asks then carry ids); {@code --no-programmes}
 * recognises no programme. Exit status: 0 with the draft on standard output; 2 for wrong
 * arguments, 3 for a file that cannot be read, 4 for text the parser rejects (the reason,
 * such as NOT_A_LETTER, and what to do are on standard error). Nothing is printed on
 * standard output unless a draft is.
 */
public final class ImportCli {

	static final int OK = 0;

	static final int USAGE = 2;

	static final int UNREADABLE = 3;

	static final int REJECTED = 4;

	private static final String HELP = "Usage: ImportCli [--report REPORT_ID] [--no-programmes] [--asks] FILE\n"
			+ "Prints the draft of the letter in FILE (a PDF or UTF-8 text) as JSON; with --asks, the draft of the "
			+ "asks of the report or minutes in FILE.";

	private ImportCli() {
	}

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);
		if (status != OK) {
			System.exit(status);
		}
	}

	/** Runs the command line; returns the exit status. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		String file = null;
		String report = null;
		boolean programmes = true;
		boolean asks = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--report" -> {
					if (i + 1 >= args.length) {
						err.println("--report needs a report id, such as pcc-2024-05-01.\n" + HELP);
						return USAGE;
					}
					report = args[++i];
				}
				case "--no-programmes" -> programmes = false;
				case "--asks" -> asks = true;
				case "-h", "--help" -> {
					err.println(HELP);
					return USAGE;
				}
				default -> {
					if (args[i].startsWith("--") || file != null) {
						err.println("Unexpected argument '" + args[i] + "'.\n" + HELP);
						return USAGE;
					}
					file = args[i];
				}
			}
		}
		if (file == null) {
			err.println("Give the letter's text file.\n" + HELP);
			return USAGE;
		}
		String text;
		try {
			text = PdfText.read(Path.of(file));
		}
		catch (PdfRejectedException ex) {
			err.println("Rejected (" + ex.reason() + "): " + file + ": " + ex.getMessage());
			return REJECTED;
		}
		catch (IOException | RuntimeException ex) {
			err.println("Cannot read " + file + ": " + ex.getMessage());
			return UNREADABLE;
		}
		if (asks) {
			try {
				out.println(json().writeValueAsString(new AsksReader().read(text, null)));
				return OK;
			}
			catch (LetterRejectedException ex) {
				err.println("Rejected (" + ex.reason() + "): " + ex.getMessage());
				return REJECTED;
			}
		}
		ImportHints hints = new ImportHints(report, programmes ? SeedProgrammes.read() : List.of());
		LetterDraft draft;
		try {
			draft = new LetterParser().parse(text, hints);
		}
		catch (LetterRejectedException ex) {
			err.println("Rejected (" + ex.reason() + "): " + ex.getMessage());
			return REJECTED;
		}
		out.println(json().writeValueAsString(draft));
		return OK;
	}

	/**
	 * Dates as ISO strings, exact values written plainly (11400000, never 1.14E+7),
	 * indented for reading.
	 */
	static JsonMapper json() {
		return JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build();
	}

}
