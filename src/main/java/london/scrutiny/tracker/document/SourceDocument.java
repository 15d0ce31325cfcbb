package london.scrutiny.tracker.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import london.scrutiny.tracker.organisation.Party;
import london.scrutiny.tracker.support.Derivation;
import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Period;
import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A source document. {@code date} is the publication, meeting or letter date;
 * {@code requestedOn} the date the asks were sent for answer (a report shared, a Chair's
 * letter after a meeting), from which a response falls due; {@code text} is the full text
 * where the corpus holds it. Components marked to be written always are stored as null
 * when unknown, as the write API has always stored them; a report stores no addressees
 * and a letter no themes (read as empty lists).
 */
@Document("documents")
public record SourceDocument(@Id String id, DocumentKind kind, @Field(write = Field.Write.ALWAYS) String title,
		String reference, @Field(write = Field.Write.ALWAYS) String referenceAsWritten, String referenceKey,
		@Field(write = Field.Write.ALWAYS) LocalDate date, Derivation dateDerivation, LocalDate sharedOn,
		@Field(write = Field.Write.ALWAYS) LocalDate requestedOn, Source requestSource, Derivation requestDerivation,
		Derivation derivation, Party author, List<Party> recipients, List<Party> cc, InReplyTo inReplyTo,
		Boolean acknowledgesDelay, @Field(write = Field.Write.ALWAYS) Source delaySource, String corpusFile,
		@Field(write = Field.Write.ALWAYS) String text, @Field(write = Field.Write.ALWAYS) PartialDate responseDue,
		Period period, List<String> themes, Long version) {

	public SourceDocument {
		version = (version != null) ? version : 0L;
	}

	/** A report or meeting, as the write API records it. */
	public static SourceDocument report(String id, DocumentKind kind, String title, LocalDate date,
			LocalDate requestedOn, String authorId, PartialDate responseDue, List<String> themes) {
		return new SourceDocument(id, kind, title, null, null, null, date, null, null, requestedOn, null, null, null,
				new Party(null, null, null, authorId), null, null, null, null, null, null, null, responseDue, null,
				themes, null);
	}

	/** A letter, as the write API records it. */
	public static SourceDocument letter(String id, String title, String reference, String referenceAsWritten,
			String referenceKey, LocalDate date, Party author, List<Party> recipients, List<Party> cc,
			InReplyTo inReplyTo, boolean acknowledgesDelay, Source delaySource, String text) {
		return new SourceDocument(id, DocumentKind.LETTER, title, reference, referenceAsWritten, referenceKey, date,
				null, null, null, null, null, null, author, recipients, cc, inReplyTo, acknowledgesDelay, delaySource,
				null, text, null, null, null, null);
	}

	@Override
	public List<Party> recipients() {
		return (this.recipients != null) ? this.recipients : List.of();
	}

	@Override
	public List<Party> cc() {
		return (this.cc != null) ? this.cc : List.of();
	}

	@Override
	public List<String> themes() {
		return (this.themes != null) ? this.themes : List.of();
	}

	public boolean isLetter() {
		return this.kind == DocumentKind.LETTER;
	}

	/**
	 * The date the asks were put: the request date, else the date shared, else the
	 * document's own date.
	 */
	public LocalDate askedOn() {
		if (this.requestedOn != null) {
			return this.requestedOn;
		}
		return (this.sharedOn != null) ? this.sharedOn : this.date;
	}

	/** What a letter answers; {@code how} is STATED or DERIVED_FROM_REFERENCE. */
	public record InReplyTo(List<String> documentIds, @Field(write = Field.Write.ALWAYS) LocalDate date,
			@Field(write = Field.Write.ALWAYS) String how, @Field(write = Field.Write.ALWAYS) String note,
			Source source) {

		public InReplyTo {
			documentIds = documentIds == null ? List.of() : documentIds;
		}

	}

	/**
	 * By id alone (consistent with the record's equals, which compares every component):
	 * the API batches by record, and hashing the whole text and facts on every lookup
	 * cost more than the lookup.
	 */
	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

}
