package london.scrutiny.tracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import london.scrutiny.tracker.document.DocumentKind;
import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.ask.Ask;
import london.scrutiny.tracker.ask.AskKind;
import london.scrutiny.tracker.store.Existing;
import london.scrutiny.tracker.store.Writes;
import london.scrutiny.tracker.support.Checks;
import london.scrutiny.tracker.support.Inputs;
import london.scrutiny.tracker.support.PartialDate;
import london.scrutiny.tracker.support.Precision;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Records reports and meetings with their asks. Every record is checked first, against
 * the input's rules and against what is stored under its id; then the report is written,
 * then each ask, committed together. A report sent again with further asks adds them; one
 * whose report or asks differ from what is stored is refused whole.
 */
@Service
public class ReportWriter {

	private final Writes writes;

	private final Existing existing;

	private final MongoTemplate mongo;

	public ReportWriter(Writes writes, Existing existing, MongoTemplate mongo) {
		this.writes = writes;
		this.existing = existing;
		this.mongo = mongo;
	}

	@PreAuthorize("hasRole('EDITOR')")
	public Result record(RecordReportInput input) {
		check(input);
		SourceDocument report = SourceDocument.report(input.id(), input.kind(), input.title().strip(),
				input.publishedOn(), input.requestedOn(), input.authorId(), (input.responseDueOn() != null)
						? new PartialDate(input.responseDueOn(), Precision.DAY, "stated") : null,
				Inputs.list(input.themes()));
		List<Ask> asks = new ArrayList<>();
		for (AskInput ask : input.asks()) {
			asks.add(new Ask(input.id() + "/" + ask.number(), input.id(), ask.number(), ask.kind(), ask.title(),
					ask.text(), null, ask.addresseeIds(), ask.addresseeText(), Inputs.partialDate(ask.deadline()),
					Inputs.list(ask.themes()), null, null));
		}
		// Every record is judged before any is stored: one that differs from what is
		// stored refuses the whole call.
		this.writes.checkNew(report);
		asks.forEach(this.writes::checkNew);
		return this.writes.together(() -> {
			boolean created = this.writes.insertOnce("recordReport", report) == Writes.Outcome.CREATED;
			int asksCreated = 0;
			for (Ask ask : asks) {
				if (this.writes.insertOnce("recordReport", ask) == Writes.Outcome.CREATED) {
					asksCreated++;
				}
			}
			return new Result(this.mongo.findById(input.id(), SourceDocument.class), created, asksCreated);
		});
	}

	private void check(RecordReportInput input) {
		Checks checks = new Checks();
		checks.require(input.id() != null && input.id().matches("[a-z0-9][a-z0-9-]{2,80}"), "input.id",
				"must be lower case letters, digits and hyphens, such as pcc-2024-knife-crime.");
		checks.require(input.kind() != DocumentKind.LETTER, "input.kind", "letters are recorded with recordLetter.");
		checks.text(input.title(), "input.title", 300);
		checks.require(input.asks() != null && !input.asks().isEmpty(), "input.asks",
				"a report records at least one ask.");
		checks.require(this.existing.missing("organisations", List.of(input.authorId())).isEmpty(), "input.authorId",
				"no organisation has the id '" + input.authorId() + "'.");
		checks.require(this.existing.missing("themes", Inputs.list(input.themes())).isEmpty(), "input.themes",
				"unknown theme ids " + this.existing.missing("themes", Inputs.list(input.themes())) + ".");
		checks.require(
				input.publishedOn() == null || input.requestedOn() == null
						|| !input.requestedOn().isBefore(input.publishedOn()),
				"input.requestedOn", "asks cannot be sent before the report or meeting.");
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < Inputs.list(input.asks()).size(); i++) {
			AskInput ask = input.asks().get(i);
			String field = "input.asks[" + i + "]";
			checks.require(ask.number() >= 1 && ask.number() <= 500, field + ".number", "must be from 1 to 500.");
			checks.require(numbers.add(ask.number()), field + ".number", "ask " + ask.number() + " is given twice.");
			checks.require(ask.text() == null || (!ask.text().isBlank() && ask.text().length() <= 5000),
					field + ".text", "must be the ask's words (up to 5,000 characters), or omitted where not held.");
			checks.require(!ask.addresseeIds().isEmpty(), field + ".addresseeIds", "name at least one addressee.");
			Set<String> unknown = this.existing.missing("organisations", ask.addresseeIds());
			checks.require(unknown.isEmpty(), field + ".addresseeIds", "unknown organisation ids " + unknown + ".");
			Inputs.checkPartialDate(checks, ask.deadline(), field + ".deadline");
		}
		checks.throwIfAny();
	}

	/** The write API's report input. */
	public record RecordReportInput(String id, DocumentKind kind, String title, LocalDate publishedOn,
			LocalDate requestedOn, String authorId, LocalDate responseDueOn, List<String> themes, List<AskInput> asks) {
	}

	/** One ask of a report input. */
	public record AskInput(int number, AskKind kind, String text, String title, List<String> addresseeIds,
			String addresseeText, Inputs.PartialDateInput deadline, List<String> themes) {

		public AskInput {
			addresseeIds = Inputs.list(addresseeIds);
		}

	}

	/** What recordReport did. */
	public record Result(SourceDocument report, boolean created, int asksCreated) {
	}

}
