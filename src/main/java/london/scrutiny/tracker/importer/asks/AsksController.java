package london.scrutiny.tracker.importer.asks;

import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.importer.DraftParty;
import london.scrutiny.tracker.report.ReportWriter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code draftAsks} and {@code confirmAsksDraft} mutations, and the stored records a
 * drafted party's words name.
 */
@Controller
class AsksController {

	private final AsksDrafts drafts;

	private final Addressees addressees;

	AsksController(AsksDrafts drafts, Addressees addressees) {
		this.drafts = drafts;
		this.addressees = addressees;
	}

	@MutationMapping
	AsksDraft draftAsks(@Argument DraftAsksInput input) {
		return this.drafts.draft(input.text(), input.kind());
	}

	@MutationMapping
	ReportWriter.Result confirmAsksDraft(@Argument ConfirmAsksDraftInput input) {
		return this.drafts.confirm(input.report(), input.text());
	}

	@BatchMapping(typeName = "DraftParty", field = "organisationId")
	Map<DraftParty, String> organisationId(List<DraftParty> parties) {
		return this.addressees.resolve(parties, Addressees.Match::organisationId);
	}

	@BatchMapping(typeName = "DraftParty", field = "personId")
	Map<DraftParty, String> personId(List<DraftParty> parties) {
		return this.addressees.resolve(parties, Addressees.Match::personId);
	}

	record DraftAsksInput(String text, DocumentKind kind) {
	}

	record ConfirmAsksDraftInput(ReportWriter.RecordReportInput report, String text) {
	}

}
