package london.scrutiny.tracker.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import london.scrutiny.tracker.document.Documents;
import london.scrutiny.tracker.document.DocumentTexts;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.evidence.Evidence;
import london.scrutiny.tracker.evidence.EvidenceService;
import london.scrutiny.tracker.organisation.Party;
import london.scrutiny.tracker.programme.Programme;
import london.scrutiny.tracker.ask.AskIds;
import london.scrutiny.tracker.programme.Programmes;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.response.Responses;
import london.scrutiny.tracker.store.References;
import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;
import org.dataloader.BatchLoaderEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code letters} and {@code letter} queries and the fields of {@code Letter} and
 * {@code InReplyTo}.
 */
@Controller
class LetterController {

	private final LetterService letters;

	private final Paging paging;

	private final Responses responses;

	private final Programmes programmes;

	private final EvidenceService evidence;

	private final Documents documents;

	private final DocumentTexts texts;

	LetterController(LetterService letters, Paging paging, Responses responses, Programmes programmes,
			EvidenceService evidence, Documents documents, DocumentTexts texts) {
		this.texts = texts;
		this.letters = letters;
		this.paging = paging;
		this.responses = responses;
		this.programmes = programmes;
		this.evidence = evidence;
		this.documents = documents;
	}

	@QueryMapping
	PageConnection<SourceDocument> letters(@Argument LetterFilter filter, @Argument OffsetDateTime updatedSince,
			@Argument Integer first, @Argument String after) {
		return this.letters.find(filter, updatedSince, this.paging.request(first, after));
	}

	@QueryMapping
	SourceDocument letter(@Argument String reference) {
		return this.letters.byReference(reference).orElse(null);
	}

	@SchemaMapping(typeName = "Letter")
	String reference(SourceDocument letter) {
		return References.canonical(letter.reference());
	}

	@SchemaMapping(typeName = "Letter")
	LocalDate sentOn(SourceDocument letter) {
		return letter.date();
	}

	@SchemaMapping(typeName = "Letter")
	Party from(SourceDocument letter) {
		return letter.author();
	}

	@SchemaMapping(typeName = "Letter")
	List<Party> to(SourceDocument letter) {
		return letter.recipients();
	}

	@SchemaMapping(typeName = "Letter")
	boolean acknowledgesDelay(SourceDocument letter) {
		return Boolean.TRUE.equals(letter.acknowledgesDelay());
	}

	@SchemaMapping(typeName = "Letter")
	Integer daysToRespond(SourceDocument letter) {
		if (letter.inReplyTo() == null || letter.inReplyTo().date() == null || letter.date() == null) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(letter.inReplyTo().date(), letter.date());
	}

	/**
	 * A letter's full text, read only when asked for: lists and lookups read letters
	 * without it.
	 */
	@BatchMapping(typeName = "Letter")
	Map<SourceDocument, String> text(List<SourceDocument> letters) {
		return this.texts.of(letters);
	}

	@BatchMapping(typeName = "InReplyTo")
	Map<SourceDocument.InReplyTo, List<SourceDocument>> reports(List<SourceDocument.InReplyTo> replies,
			BatchLoaderEnvironment env) {
		return this.documents.allByIds(replies, SourceDocument.InReplyTo::documentIds, env.getContext());
	}

	@BatchMapping(typeName = "Letter")
	Map<SourceDocument, List<Response>> responses(List<SourceDocument> letters) {
		Map<String, List<Response>> byLetter = answers(letters);
		return letters.stream()
			.collect(Collectors.toMap((l) -> l, (l) -> byLetter.getOrDefault(l.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Letter")
	Map<SourceDocument, List<Programme>> programmes(List<SourceDocument> letters, BatchLoaderEnvironment env) {
		Map<String, List<Response>> byLetter = answers(letters);
		return this.programmes.named(letters,
				(l) -> Response.programmesNamedBy(byLetter.getOrDefault(l.id(), List.of())), env.getContext());
	}

	@BatchMapping(typeName = "Letter")
	Map<SourceDocument, List<Evidence>> evidence(List<SourceDocument> letters) {
		Map<String, List<Evidence>> byDocument = this.evidence
			.statedIn(letters.stream().map(SourceDocument::id).toList());
		return letters.stream()
			.collect(Collectors.toMap((l) -> l, (l) -> byDocument.getOrDefault(l.id(), List.of()), (a, b) -> a));
	}

	private Map<String, List<Response>> answers(List<SourceDocument> letters) {
		return this.responses.inLetters(letters.stream().map(SourceDocument::id).toList())
			.stream()
			.sorted(Comparator.comparing(Response::askId, AskIds.NATURAL))
			.collect(Collectors.groupingBy(Response::letterId));
	}

}
