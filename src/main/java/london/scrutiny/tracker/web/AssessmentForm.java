package london.scrutiny.tracker.web;

import java.time.LocalDate;

import london.scrutiny.tracker.ask.Implementation;
import london.scrutiny.tracker.ask.Position;
import london.scrutiny.tracker.ask.StatusWriter;
import london.scrutiny.tracker.ask.Verification;
import london.scrutiny.tracker.support.InvalidInputException;

/** The form recording a clerk's assessment of an answer. */
public class AssessmentForm {

	private String recommendationId;

	private String responseId;

	private String position;

	private String implementation;

	private String verification = "CLAIMED";

	private String rationale;

	private String effectiveOn;

	StatusWriter.RecordAssessmentInput input() {
		LocalDate effective;
		try {
			effective = (this.effectiveOn == null || this.effectiveOn.isBlank()) ? null
					: LocalDate.parse(this.effectiveOn.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("input.effectiveOn",
					"'" + this.effectiveOn + "' is not a date: write it YYYY-MM-DD.");
		}
		return new StatusWriter.RecordAssessmentInput(this.recommendationId,
				(this.responseId == null || this.responseId.isBlank()) ? null : this.responseId,
				choice(Position.class, this.position, "input.position"),
				choice(Implementation.class, this.implementation, "input.implementation"),
				choice(Verification.class, this.verification, "input.verification"), this.rationale, effective);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "Choose one of the " + field.substring(6) + " options.");
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "'" + value + "' is not one of the options.");
		}
	}

	public String getRecommendationId() {
		return this.recommendationId;
	}

	public void setRecommendationId(String recommendationId) {
		this.recommendationId = recommendationId;
	}

	public String getResponseId() {
		return this.responseId;
	}

	public void setResponseId(String responseId) {
		this.responseId = responseId;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getImplementation() {
		return this.implementation;
	}

	public void setImplementation(String implementation) {
		this.implementation = implementation;
	}

	public String getVerification() {
		return this.verification;
	}

	public void setVerification(String verification) {
		this.verification = verification;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public String getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(String effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

}
