package london.scrutiny.tracker.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid input for each mutation the hostile suite corrupts, built on the seeded
 * records, so that each corrupted copy differs from an acceptable write in one value.
 */
final class WriteInputs {

	/** A mutation by name, with its document taking {@code $input}. */
	record Mutation(String name, String document) {
	}

	static final Mutation RECORD_REPORT = mutation("recordReport", "RecordReportInput", "created");

	static final Mutation RECORD_LETTER = mutation("recordLetter", "RecordLetterInput", "created");

	static final Mutation ADD_FUNDING = mutation("addFundingLine", "AddFundingLineInput", "programme { id }");

	static final Mutation RECORD_EVIDENCE = mutation("recordEvidence", "RecordEvidenceInput", "created");

	static final Mutation RECORD_PROGRAMME = mutation("recordProgramme", "RecordProgrammeInput", "created");

	static final Mutation RECORD_ASSESSMENT = mutation("recordAssessment", "RecordAssessmentInput", "created");

	static final Mutation REVISE_DEADLINE = mutation("reviseDeadline", "ReviseDeadlineInput", "__typename");

	static final Mutation CREATE_TOKEN = mutation("createToken", "CreateTokenInput", "secret");

	static final Mutation DRAFT_LETTER = mutation("draftLetter", "DraftLetterInput", "__typename");

	private WriteInputs() {
	}

	private static Mutation mutation(String name, String input, String selection) {
		return new Mutation(name,
				"mutation($input: " + input + "!) { " + name + "(input: $input) { " + selection + " } }");
	}

	static Map<Mutation, Map<String, Object>> all() {
		Map<Mutation, Map<String, Object>> all = new LinkedHashMap<>();
		all.put(RECORD_REPORT, report());
		all.put(RECORD_LETTER, letter());
		all.put(ADD_FUNDING, funding());
		all.put(RECORD_EVIDENCE, evidence());
		all.put(RECORD_PROGRAMME, Map.of("id", "programme/hostile", "name", "Hostile programme", "kind", "PROGRAMME",
				"ownerId", "org/mopac", "aliases", List.of("Hostile"), "description", "A programme."));
		all.put(RECORD_ASSESSMENT,
				Map.of("recommendationId", "pcc-2021-03-17/1", "position", "ACCEPTED", "implementation", "IN_PROGRESS",
						"verification", "CLAIMED", "rationale", "The reply says so.", "effectiveOn", "2022-04-20"));
		all.put(REVISE_DEADLINE,
				Map.of("recommendationId", "pcc-2021-03-17/1", "expectedVersion", 0, "deadline",
						Map.of("date", "2024-06-30", "precision", "MONTH", "text", "by June 2024"), "reason",
						"Moved by the committee.", "effectiveOn", "2024-01-10"));
		all.put(CREATE_TOKEN, Map.of("name", "Hostile clerk", "role", "CLERK"));
		all.put(DRAFT_LETTER, Map.of("text", "Dear Chair, thank you for your letter of 18 August 2022.", "reportId",
				"pcc-2021-03-17"));
		return all;
	}

	static Map<String, Object> report() {
		return Map.of("id", "hostile-report", "kind", "COMMITTEE_REPORT", "title", "Hostile report", "publishedOn",
				"2024-03-01", "requestedOn", "2024-03-01", "responseDueOn", "2024-05-01", "authorId",
				"org/london-assembly-pcc", "asks",
				List.of(Map.of("number", 1, "kind", "RECOMMENDATION", "text", "MOPAC must publish its plan.",
						"addresseeIds", List.of("org/mopac"), "deadline",
						Map.of("date", "2024-06-30", "precision", "MONTH", "text", "by June 2024"))));
	}

	static Map<String, Object> letter() {
		return Map.of("reference", "HOSTILE-1", "sentOn", "2024-04-15", "inReplyToDate", "2024-03-01", "from",
				Map.of("name", "Sophie Linden", "role", "Deputy Mayor for Policing and Crime"), "to",
				List.of(Map.of("name", "Chair of the Police and Crime Committee", "organisationId",
						"org/london-assembly-pcc")),
				"repliesTo", List.of("pcc-2021-03-17"), "acknowledgesDelay", false, "responses",
				List.of(Map.of("recommendationId", "pcc-2021-03-17/1", "text", "We will publish the plan.",
						"commitments", List.of(Map.of("text", "Publish the plan", "due",
								Map.of("date", "2024-05-31", "precision", "MONTH", "text", "in May 2024"))))));
	}

	static Map<String, Object> funding() {
		return Map.of("programmeId", "programme/four-es-approach", "expectedVersion", 0, "amount", "1250000.50",
				"currency", "GBP", "period", Map.of("from", "2023-04-01", "to", "2024-03-31", "text", "2023-24"),
				"note", "Hostile funding.");
	}

	static Map<String, Object> evidence() {
		return Map.of("id", "evidence/hostile", "statement", "£11.4m awarded on the framework", "figures",
				List.of(Map.of("metric", "Awarded on the framework", "value", "11400000", "unit", "GBP", "period",
						Map.of("from", "2023-04-01", "to", "2024-03-31"))),
				"source", Map.of("documentId", "letter/MGLA230322-7616", "quote",
						"In total, £11.4m has been awarded so far to providers on the framework"));
	}

}
