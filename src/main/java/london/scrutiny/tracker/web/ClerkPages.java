package london.scrutiny.tracker.web;

import java.io.IOException;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import london.scrutiny.tracker.ask.Implementation;
import london.scrutiny.tracker.ask.Position;
import london.scrutiny.tracker.ask.StatusService;
import london.scrutiny.tracker.ask.StatusWriter;
import london.scrutiny.tracker.ask.Verification;
import london.scrutiny.tracker.importer.DraftConfirmation;
import london.scrutiny.tracker.importer.LetterDraft;
import london.scrutiny.tracker.importer.pdf.PdfText;
import london.scrutiny.tracker.security.ClerkSessions;
import london.scrutiny.tracker.support.ConflictException;
import london.scrutiny.tracker.support.InvalidInputException;
import london.scrutiny.tracker.support.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The clerk's review screen: sign in with a token, paste a letter's text, check and
 * correct the draft beside the text, and confirm it; then assess each answer. Drafting
 * stores nothing; confirming and assessing go through the same services, checks and audit
 * as the API's {@code confirmLetterDraft} and {@code recordAssessment}.
 */
@Controller
class ClerkPages {

	private final ClerkSessions sessions;

	private final DraftConfirmation drafts;

	private final StatusWriter assessments;

	private final PageData data;

	private final StatusService status;

	ClerkPages(ClerkSessions sessions, DraftConfirmation drafts, StatusWriter assessments, PageData data,
			StatusService status) {
		this.sessions = sessions;
		this.drafts = drafts;
		this.assessments = assessments;
		this.data = data;
		this.status = status;
	}

	@ModelAttribute
	void signedIn(Model model) {
		model.addAttribute("clerk", this.sessions.current().orElse(null));
	}

	@GetMapping("/clerk")
	String start(Model model) {
		if (this.sessions.current().isEmpty()) {
			return "clerk-sign-in";
		}
		model.addAttribute("reports", reports());
		return "clerk";
	}

	@PostMapping("/clerk/sign-in")
	String signIn(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		if (this.sessions.signIn(request, token).isPresent()) {
			return "redirect:/clerk";
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		model.addAttribute("error", token.isBlank() ? "Enter your token." : "That token is not known, or it has been"
				+ " revoked. Ask an administrator for a token (createToken) and paste it exactly as it was shown.");
		return "clerk-sign-in";
	}

	@PostMapping("/clerk/sign-out")
	String signOut(HttpServletRequest request) {
		this.sessions.signOut(request);
		return "redirect:/";
	}

	@PostMapping("/clerk/drafts")
	String draft(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile pdf,
			@RequestParam(required = false) String reportId, Model model, HttpServletResponse response)
			throws IOException {
		if (this.sessions.current().isEmpty()) {
			return signInFirst(model, response);
		}
		String report = (reportId == null || reportId.isBlank()) ? null : reportId;
		try {
			if (pdf != null && !pdf.isEmpty()) {
				// The same reading of a PDF as POST /drafts and the command line: its
				// text
				// layer, refused with a classified reason when it has none or is not one.
				if (pdf.getSize() > PdfText.MAX_BYTES) {
					throw PdfText.oversized(pdf.getSize());
				}
				text = PdfText.extract(pdf.getBytes());
			}
			LetterDraft draft = this.drafts.draft(text, report);
			model.addAttribute("letterForm", LetterForm.of(draft, text, report));
			return review(draft, model);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("reports", reports());
			model.addAttribute("text", text);
			model.addAttribute("reportId", report);
			return "clerk";
		}
	}

	@PostMapping("/clerk/letters")
	String confirm(@ModelAttribute LetterForm letterForm, Model model, HttpServletResponse response) {
		if (this.sessions.current().isEmpty()) {
			return signInFirst(model, response);
		}
		try {
			DraftConfirmation.Confirmed confirmed = this.drafts.confirm(letterForm.input());
			return "redirect:" + UriComponentsBuilder.fromPath("/clerk/recorded")
				.queryParam("reference", confirmed.letter().letter().reference())
				.queryParam("created", confirmed.letter().created())
				.build()
				.encode()
				.toUriString();
		}
		catch (InvalidInputException ex) {
			return refused(letterForm, ex.getMessage(), ex.fields(), model, response);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused(letterForm, ex.getMessage(), List.of("input.reference"), model, response);
		}
		catch (AccessDeniedException ex) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return refused(letterForm, "Your token's role may not record letters; a CLERK token or higher is needed.",
					List.of(), model, response);
		}
	}

	@GetMapping("/clerk/recorded")
	String recorded(@RequestParam String reference, @RequestParam(defaultValue = "true") boolean created, Model model) {
		PageQuery query = this.data.query("letter", Map.of("reference", reference));
		Map<String, Object> result = this.data.run(query);
		model.addAttribute("result", result);
		model.addAttribute("created", created);
		model.addAttribute("query", query);
		model.addAttribute("graphiqlHref", query.graphiqlHref());
		return "clerk-recorded";
	}

	@GetMapping("/clerk/assessments")
	String assessmentForm(@RequestParam String ask, @RequestParam(required = false) String response, Model model,
			HttpServletResponse http) {
		if (this.sessions.current().isEmpty()) {
			return signInFirst(model, http);
		}
		AssessmentForm form = new AssessmentForm();
		form.setRecommendationId(ask);
		form.setResponseId(response);
		form.setEffectiveOn(this.status.today().toString());
		return assessment(form, model);
	}

	@PostMapping("/clerk/assessments")
	String assess(@ModelAttribute AssessmentForm assessmentForm, Model model, HttpServletResponse http) {
		if (this.sessions.current().isEmpty()) {
			return signInFirst(model, http);
		}
		try {
			this.assessments.assess(assessmentForm.input());
			return "redirect:" + PageIds.ASK.href(assessmentForm.getRecommendationId()) + "#assessments";
		}
		catch (InvalidInputException ex) {
			http.setStatus((ex instanceof NotFoundException) ? HttpServletResponse.SC_NOT_FOUND
					: HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorFields",
					ex.fields().stream().map((f) -> f.replaceFirst("^input\\.", "")).toList());
			return assessment(assessmentForm, model);
		}
	}

	private String assessment(AssessmentForm form, Model model) {
		PageQuery query = this.data.query("ask", Map.of("id", form.getRecommendationId()));
		Map<String, Object> result = this.data.run(query);
		if (result.get("recommendation") == null) {
			throw new PageException(org.springframework.http.HttpStatus.NOT_FOUND,
					"No recommendation or action point has the id '" + form.getRecommendationId() + "'.");
		}
		model.addAttribute("assessmentForm", form);
		model.addAttribute("ask", result.get("recommendation"));
		model.addAttribute("positions", Position.values());
		model.addAttribute("implementations", Implementation.values());
		model.addAttribute("verifications", Verification.values());
		return "clerk-assessment";
	}

	private String refused(LetterForm form, String message, List<String> fields, Model model,
			HttpServletResponse response) {
		if (response.getStatus() < 400) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("error", message);
		model.addAttribute("errorFields",
				fields.stream().map((f) -> f.replaceFirst("^input\\.(letter\\.)?", "")).toList());
		model.addAttribute("letterForm", form);
		LetterDraft draft;
		try {
			draft = this.drafts.draft(form.getText(), form.getReportId());
		}
		catch (InvalidInputException ex) {
			draft = null;
		}
		return review(draft, model);
	}

	private String review(LetterDraft draft, Model model) {
		model.addAttribute("draft", draft);
		return "clerk-draft";
	}

	private String signInFirst(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		model.addAttribute("error", "Sign in first: your session has ended or you have not signed in.");
		return "clerk-sign-in";
	}

	private List<Map<String, Object>> reports() {
		return Results.nodes(this.data.run(this.data.query("clerk-reports", Map.of())).get("reports"));
	}

}
