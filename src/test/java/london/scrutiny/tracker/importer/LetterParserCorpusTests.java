package london.scrutiny.tracker.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import london.scrutiny.tracker.support.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every draft of a corpus letter must have, whatever the seed says. */
class LetterParserCorpusTests {

	static Stream<Path> letters() throws IOException {
		return Files.list(Path.of("mongo-init", "corpus"))
			.filter((p) -> p.getFileName().toString().endsWith(".txt"))
			.filter((p) -> !p.getFileName().toString().startsWith("003"))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("letters")
	void everyQuoteIsCutFromTheText(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		LetterDraft draft = new LetterParser().parse(text, new ImportHints(null, SeedProgrammes.read()));
		String normalised = Text.normaliseSpace(text);
		List<String> quotes = new ArrayList<>();
		quotes.add(draft.reference().asWritten());
		quotes.add(draft.date().asWritten());
		if (draft.inReplyTo().quote() != null) {
			quotes.add(draft.inReplyTo().quote());
		}
		if (draft.delay().quote() != null) {
			quotes.add(draft.delay().quote());
		}
		draft.asks().forEach((a) -> quotes.add(a.quote()));
		draft.responses().forEach((r) -> quotes.add(r.quote()));
		draft.figures().forEach((f) -> {
			quotes.add(f.quote());
			quotes.add(f.asWritten());
		});
		draft.programmes().forEach((m) -> {
			quotes.add(m.quote());
			quotes.add(m.matched());
		});
		draft.unplaced().forEach((u) -> quotes.add(u.quote()));
		assertThat(quotes).allSatisfy((quote) -> assertThat(normalised).contains(Text.normaliseSpace(quote)));
	}

	@ParameterizedTest
	@MethodSource("letters")
	void answersCarryNoPageFurnitureOrMarkup(Path file) throws IOException {
		LetterDraft draft = new LetterParser().parse(Files.readString(file, StandardCharsets.UTF_8));
		assertThat(draft.responses()).isNotEmpty().allSatisfy((r) -> {
			assertThat(r.text()).doesNotContain("MAYOR OF LONDON", "OFFICE FOR POLICING AND CRIME", "@", "**", "Yours");
			assertThat(r.text()).doesNotStartWith(" ").doesNotEndWith(" ");
		});
	}

	@ParameterizedTest
	@MethodSource("letters")
	void everyItemSaysHowSureItIs(Path file) throws IOException {
		LetterDraft draft = new LetterParser().parse(Files.readString(file, StandardCharsets.UTF_8),
				new ImportHints(null, SeedProgrammes.read()));
		List<Confidence> confidences = new ArrayList<>();
		confidences.add(draft.reference().confidence());
		confidences.add(draft.date().confidence());
		confidences.add(draft.signatory().confidence());
		confidences.add(draft.delay().confidence());
		confidences.add(draft.inReplyTo().confidence());
		draft.recipients().forEach((p) -> confidences.add(p.confidence()));
		draft.asks().forEach((a) -> confidences.add(a.confidence()));
		draft.responses().forEach((r) -> confidences.add(r.confidence()));
		draft.figures().forEach((f) -> confidences.add(f.confidence()));
		draft.programmes().forEach((m) -> confidences.add(m.confidence()));
		assertThat(confidences).allSatisfy((c) -> {
			assertThat(c.score()).isBetween(0.0, 1.0);
			assertThat(c.reason()).isNotBlank();
		});
	}

}
