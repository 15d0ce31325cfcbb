package london.scrutiny.tracker.document;

import java.time.LocalDate;
import java.util.List;

import london.scrutiny.tracker.organisation.Party;
import london.scrutiny.tracker.support.Derivation;
import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Period;
import london.scrutiny.tracker.support.Source;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A source document. {@code date} is the publication, meeting or letter date;
 * {@code requestedOn} the date the asks were sent for answer (a report shared, a Chair's
 * letter after a meeting), from which a response falls due; {@code text} is the full text
 * where the corpus holds it.
 */
@Document("documents")
public record SourceDocument(@Id String id, DocumentKind kind, String title, String reference,
		String referenceAsWritten, String referenceKey, LocalDate date, Derivation dateDerivation, LocalDate sharedOn,
		LocalDate requestedOn, Source requestSource, Derivation requestDerivation, Derivation derivation, Party author,
		List<Party> recipients, List<Party> cc, InReplyTo inReplyTo, Boolean acknowledgesDelay, Source delaySource,
		String corpusFile, String text, PartialDate responseDue, Period period, List<String> themes, Long version) {

	public SourceDocument {
		version = (version != null) ? version : 0L;
		recipients = recipients == null ? List.of() : recipients;
		cc = cc == null ? List.of() : cc;
		themes = themes == null ? List.of() : themes;
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
	public record InReplyTo(List<String> documentIds, LocalDate date, String how, String note, Source source) {

		public InReplyTo {
			documentIds = documentIds == null ? List.of() : documentIds;
		}

	}

}
