package london.scrutiny.tracker.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import london.scrutiny.tracker.importer.LetterRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Text the importer must refuse, each with its reason, and nothing drafted: the parser
 * throws instead of returning, and the command line prints nothing on standard output and
 * exits non-zero.
 */
class BadInputTests {

	private static final String SHORT_LETTER = """
			Our ref: ABC010524-X1

			1 May 2024

			Dear Jane,

			Thank you for your letter.

			Yours sincerely,

			John Doe
			""";

	@TempDir
	Path directory;

	private final LetterParser parser = new LetterParser();

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\n\t \r\n", "\u00A0\u2007\uFEFF" })
	void emptyTextIsRejected(String text) {
		assertRejected(text, Reason.EMPTY, "empty");
	}

	@Test
	void textWithANulCharacterIsRejectedAsBinary() {
		assertRejected(SHORT_LETTER + "\0\0", Reason.BINARY, "NUL");
	}

	@Test
	void mostlyUnprintableTextIsRejectedAsBinary() {
		StringBuilder noise = new StringBuilder("PK");
		for (int i = 0; i < 400; i++) {
			noise.append((char) (i % 31 + 1)).append('\uFFFD').append('a');
		}
		assertRejected(noise.toString(), Reason.BINARY, "unprintable");
	}

	@Test
	void aPdfFileIsRejectedAsBinary() {
		assertRejected("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", Reason.BINARY, "PDF");
	}

	@Test
	void textOverTheLimitIsRejectedAsOversized() {
		String text = SHORT_LETTER + "x".repeat(LetterParser.MAX_CHARACTERS - SHORT_LETTER.length() + 1);
		assertThat(text).hasSize(LetterParser.MAX_CHARACTERS + 1);
		assertRejected(text, Reason.OVERSIZED, "90,000");
	}

	@Test
	void aLetterAtTheLimitIsRead() {
		String text = SHORT_LETTER + " ".repeat(LetterParser.MAX_CHARACTERS - SHORT_LETTER.length());
		assertThat(this.parser.parse(text).reference().value()).isEqualTo("ABC010524-X1");
	}

	@Test
	void aLetterAtTheLimitWithoutSentenceBreaksIsReadQuicklyAndItsQuotesStayShort() {
		StringBuilder line = new StringBuilder();
		String[] words = { "following", "agreed to provide", "£5m", "the", "12 April", "c.", "Lot 2", "(2022-23)",
				"below", "Recommendation", "over 40%", "1,665" };
		for (int i = 0; line.length() < LetterParser.MAX_CHARACTERS - 200; i++) {
			line.append(words[(i * 7) % words.length]).append(' ');
		}
		String text = "Dear Sir,\n\n" + line + "\n\nYours sincerely,\n\nJohn Doe\n";
		assertThat(text.length()).isLessThanOrEqualTo(LetterParser.MAX_CHARACTERS);
		LetterDraft draft = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> this.parser.parse(text));
		assertThat(draft.figures()).isNotEmpty()
			.allSatisfy((f) -> assertThat(f.quote().length()).isLessThanOrEqualTo(Quotes.MAX));
		assertThat(draft.unplaced()).allSatisfy((u) -> assertThat(u.quote().length()).isLessThanOrEqualTo(Quotes.MAX));
	}

	/**
	 * One line of 88,000 characters with no "@", as an attacker sent it, and other lines
	 * built to make a backtracking pattern work without end: each is read (or refused)
	 * with an answer, never a hang. The patterns themselves are proved linear by
	 * {@link LinearPatternsTests}; this runs the whole reader on them.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "a", "1", " ", "*", "aaaa ", "1,", "**a", "Dear ", "#", "-", ".", "'", "(", "£1 ",
			"Question No: ", "1. ", "Recommendation 1 ", "5th March 2024 ", "MPS response: ", "\t1" })
	void aSingleLineOfEightyEightThousandCharactersIsAnsweredNotHung(String unit) {
		String line = unit.repeat(88_000 / unit.length() + 1).substring(0, 88_000);
		try {
			LetterDraft draft = this.parser.parse(line, ImportHints.none(), Duration.ofMinutes(10));
			assertThat(draft.unplaced())
				.allSatisfy((u) -> assertThat(u.quote().length()).isLessThanOrEqualTo(Quotes.MAX));
		}
		catch (LetterRejectedException ex) {
			assertThat(ex.reason()).isIn(Reason.NOT_A_LETTER, Reason.BINARY, Reason.EMPTY);
		}
	}

	@Test
	void readingThatOutrunsItsBudgetStopsWithAClassifiedError() {
		assertThatExceptionOfType(LetterRejectedException.class)
			.isThrownBy(() -> this.parser.parse(SHORT_LETTER, ImportHints.none(), Duration.ZERO))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.TOO_SLOW);
				assertThat(ex.reasonCode()).isEqualTo("TOO_SLOW");
				assertThat(ex.getMessage()).contains("took longer than");
			});
	}

	@Test
	void proseWithoutAnyMarkOfALetterIsRejected() {
		assertRejected("""
				The 2019/20 Annual Report

				This document summarises the year. Violence was again our key focus, and £15m was invested.
				""", Reason.NOT_A_LETTER, "not a letter");
	}

	@Test
	void theAnnualReportInTheCorpusIsNotALetter() throws IOException {
		String report = Files.readString(Path.of("mongo-init/corpus/003_974dd180802e0fa1.txt"), StandardCharsets.UTF_8);
		assertRejected(report, Reason.NOT_A_LETTER, "not a letter");
	}

	@Test
	void theRejectionIsABadRequestOnTheTextArgument() {
		assertThatExceptionOfType(LetterRejectedException.class).isThrownBy(() -> this.parser.parse(""))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("input.text"))
			.isInstanceOf(london.scrutiny.tracker.support.InvalidInputException.class);
	}

	@Test
	void theCommandLineExitsNonZeroAndPrintsNoDraftForBadInput() throws IOException {
		Path empty = Files.writeString(this.directory.resolve("empty.txt"), "  \n");
		Path binary = Files.write(this.directory.resolve("binary.txt"), new byte[] { 0x25, 0x50, 0, 1, 2, 3, 0 });
		Path prose = Files.writeString(this.directory.resolve("prose.txt"), "Just some notes about £5m.\n");
		Path big = Files.writeString(this.directory.resolve("big.txt"), "a".repeat(LetterParser.MAX_CHARACTERS + 1));
		assertCli(new String[] { empty.toString() }, ImportCli.REJECTED, "EMPTY");
		assertCli(new String[] { binary.toString() }, ImportCli.REJECTED, "BINARY");
		assertCli(new String[] { prose.toString() }, ImportCli.REJECTED, "NOT_A_LETTER");
		assertCli(new String[] { big.toString() }, ImportCli.REJECTED, "OVERSIZED");
		assertCli(new String[] { this.directory.resolve("missing.txt").toString() }, ImportCli.UNREADABLE,
				"Cannot read");
		assertCli(new String[] {}, ImportCli.USAGE, "Usage");
		assertCli(new String[] { "--report" }, ImportCli.USAGE, "--report needs");
	}

	@Test
	void theCommandLinePrintsTheDraftAsJson() throws IOException {
		Path letter = Files.writeString(this.directory.resolve("letter.txt"), SHORT_LETTER);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ImportCli.run(new String[] { "--report", "pcc-2024-05-01", letter.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(ImportCli.OK);
		var json = ImportCli.json().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.path("reference").path("value").asString()).isEqualTo("ABC010524-X1");
		assertThat(json.path("date").path("value").asString()).isEqualTo("2024-05-01");
		assertThat(json.path("reportId").asString()).isEqualTo("pcc-2024-05-01");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private void assertRejected(String text, Reason reason, String messagePart) {
		assertThatExceptionOfType(LetterRejectedException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason))
			.withMessageContaining(messagePart);
	}

	private void assertCli(String[] args, int expectedStatus, String messagePart) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ImportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as("exit status for %s", String.join(" ", args)).isEqualTo(expectedStatus);
		assertThat(out.toString(StandardCharsets.UTF_8)).as("standard output").isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(messagePart);
	}

}
