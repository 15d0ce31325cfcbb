package london.scrutiny.tracker.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import london.scrutiny.tracker.importer.DraftParty;
import london.scrutiny.tracker.importer.DraftReply;
import london.scrutiny.tracker.importer.DraftResponse;
import london.scrutiny.tracker.importer.LetterDraft;
import london.scrutiny.tracker.importer.ReplyBasis;
import london.scrutiny.tracker.letter.LetterWriter;

/**
 * The review form: a letter draft as the clerk corrects it, field by field, and the
 * letter's text it was read from (kept so the confirmed record's quotes can be checked).
 * A mutable bean because HTML forms bind field by field.
 */
public class LetterForm {

	private String text;

	private String reportId;

	private String reference;

	private String sentOn;

	private String title;

	private String fromName;

	private String fromRole;

	private List<Party> to = new ArrayList<>();

	private String inReplyToDate;

	private boolean acknowledgesDelay;

	private String delayQuote;

	private List<Answer> responses = new ArrayList<>();

	/** The form as the draft fills it. */
	static LetterForm of(LetterDraft draft, String text, String reportId) {
		LetterForm form = new LetterForm();
		form.text = text;
		form.reportId = reportId;
		form.reference = (draft.reference() != null) ? draft.reference().value() : null;
		form.sentOn = (draft.date() != null && draft.date().value() != null) ? draft.date().value().toString() : null;
		if (draft.signatory() != null) {
			form.fromName = draft.signatory().name();
			form.fromRole = draft.signatory().role();
		}
		for (DraftParty recipient : draft.recipients()) {
			form.to.add(new Party(recipient.name(), recipient.role()));
		}
		if (form.to.isEmpty()) {
			form.to.add(new Party(null, null));
		}
		DraftReply reply = draft.inReplyTo();
		// A date read from the reference is derived again when the letter is recorded,
		// and
		// marked so; only a stated date is sent as stated.
		if (reply != null && reply.date() != null && reply.how() == ReplyBasis.STATED) {
			form.inReplyToDate = reply.date().toString();
		}
		if (draft.delay() != null) {
			form.acknowledgesDelay = draft.delay().admitted();
			form.delayQuote = draft.delay().quote();
		}
		for (DraftResponse response : draft.responses()) {
			Answer answer = new Answer();
			answer.include = response.askId() != null;
			answer.recommendationId = response.askId();
			answer.text = response.text();
			answer.locator = response.locator();
			answer.programmeIds = String.join(", ", response.programmeIds());
			form.responses.add(answer);
		}
		return form;
	}

	/** The write API's input, from what the clerk confirmed. */
	LetterWriter.RecordLetterInput input() {
		List<LetterWriter.PartyInput> recipients = this.to.stream()
			.filter((p) -> p.getName() != null && !p.getName().isBlank())
			.map((p) -> new LetterWriter.PartyInput(p.getName().strip(), blankToNull(p.getRole()), null, null))
			.toList();
		List<LetterWriter.ResponseInput> answers = this.responses.stream()
			.filter(Answer::isInclude)
			.map((a) -> new LetterWriter.ResponseInput(blankToNull(a.getRecommendationId()), a.getText(),
					blankToNull(a.getLocator()), List.of(), ids(a.getProgrammeIds()), List.of()))
			.toList();
		return new LetterWriter.RecordLetterInput(blankToNull(this.reference), date(this.sentOn, "input.sentOn"),
				blankToNull(this.title),
				new LetterWriter.PartyInput(blankToNull(this.fromName), blankToNull(this.fromRole), null, null),
				recipients, List.of(), (this.reportId != null) ? List.of(this.reportId) : List.of(),
				date(this.inReplyToDate, "input.inReplyToDate"), this.acknowledgesDelay, blankToNull(this.delayQuote),
				this.text, answers);
	}

	private static List<String> ids(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split("[,\\s]+")).filter((s) -> !s.isBlank()).toList();
	}

	/**
	 * A date field: empty is none; a date that is not one is left for the form to report.
	 */
	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new london.scrutiny.tracker.support.InvalidInputException(field,
					"'" + value + "' is not a date: write it YYYY-MM-DD, such as 2024-05-20.");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getReportId() {
		return this.reportId;
	}

	public void setReportId(String reportId) {
		this.reportId = reportId;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getSentOn() {
		return this.sentOn;
	}

	public void setSentOn(String sentOn) {
		this.sentOn = sentOn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFromName() {
		return this.fromName;
	}

	public void setFromName(String fromName) {
		this.fromName = fromName;
	}

	public String getFromRole() {
		return this.fromRole;
	}

	public void setFromRole(String fromRole) {
		this.fromRole = fromRole;
	}

	public List<Party> getTo() {
		return this.to;
	}

	public void setTo(List<Party> to) {
		this.to = to;
	}

	public String getInReplyToDate() {
		return this.inReplyToDate;
	}

	public void setInReplyToDate(String inReplyToDate) {
		this.inReplyToDate = inReplyToDate;
	}

	public boolean isAcknowledgesDelay() {
		return this.acknowledgesDelay;
	}

	public void setAcknowledgesDelay(boolean acknowledgesDelay) {
		this.acknowledgesDelay = acknowledgesDelay;
	}

	public String getDelayQuote() {
		return this.delayQuote;
	}

	public void setDelayQuote(String delayQuote) {
		this.delayQuote = delayQuote;
	}

	public List<Answer> getResponses() {
		return this.responses;
	}

	public void setResponses(List<Answer> responses) {
		this.responses = responses;
	}

	/** A recipient. */
	public static class Party {

		private String name;

		private String role;

		public Party() {
		}

		Party(String name, String role) {
			this.name = name;
			this.role = role;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

	/** One answer of the letter; left out of the record unless included. */
	public static class Answer {

		private boolean include;

		private String recommendationId;

		private String text;

		private String locator;

		private String programmeIds;

		public boolean isInclude() {
			return this.include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getRecommendationId() {
			return this.recommendationId;
		}

		public void setRecommendationId(String recommendationId) {
			this.recommendationId = recommendationId;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getLocator() {
			return this.locator;
		}

		public void setLocator(String locator) {
			this.locator = locator;
		}

		public String getProgrammeIds() {
			return this.programmeIds;
		}

		public void setProgrammeIds(String programmeIds) {
			this.programmeIds = programmeIds;
		}

	}

}
