package london.scrutiny.tracker.importer.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /drafts}: a clerk uploads a document, a PDF or a UTF-8 text file, as the
 * multipart part {@code file}, with {@code kind=letter} (and optionally {@code reportId})
 * or {@code kind=asks} (a report or minutes), and gets back the draft exactly as the
 * {@code draftLetter} or {@code draftAsks} mutation returns it, all fields selected: the
 * upload runs that mutation on the PDF's text. Needs a CLERK token; stores nothing.
 * Failures come back as GraphQL-shaped errors with the HTTP status of their
 * classification: 400 for bad input (with {@code extensions.reason}: ENCRYPTED, CORRUPT,
 * NO_TEXT_LAYER, OVERSIZED, NOT_A_PDF, EMPTY, BINARY...), 401 without a valid token, 403
 * with too weak a role.
 */
@RestController
class DraftUploadController {

	private final ExecutionGraphQlService graphQl;

	private final RoleHierarchy roles;

	DraftUploadController(ExecutionGraphQlService graphQl, RoleHierarchy roles) {
		this.graphQl = graphQl;
		this.roles = roles;
	}

	@PostMapping(path = "/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> draft(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "reportId", required = false) String reportId) throws IOException {
		ResponseEntity<Map<String, Object>> refused = checkRole();
		if (refused != null) {
			return refused;
		}
		DraftDocuments.Kind chosen = DraftDocuments.Kind.parse(kind);
		if (chosen == null) {
			return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "kind", null,
					"'kind' must be letter (a letter or response answering asks) or asks (a report, inspection or "
							+ "minutes making asks); got " + ((kind == null) ? "none" : "'" + kind + "'") + ".");
		}
		if (file == null || file.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "file", PdfRejectedException.Reason.EMPTY.name(),
					"Upload the document as the multipart part 'file' (a PDF or a UTF-8 text file); none was sent, or "
							+ "it was empty.");
		}
		String text;
		try {
			text = text(file);
		}
		catch (PdfRejectedException ex) {
			return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", ex.argument(), ex.reasonCode(), ex.getMessage());
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", text);
		if (chosen == DraftDocuments.Kind.LETTER) {
			variables.put("reportId", reportId);
		}
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(chosen.document(), null, variables, Map.of(),
					UUID.randomUUID().toString(), Locale.UK))
			.block();
		Map<String, Object> result = response.toMap();
		Object errors = result.get("errors");
		if (errors instanceof List<?> list && !list.isEmpty()) {
			return ResponseEntity.status(status(list.get(0))).body(Map.of("errors", list));
		}
		Object data = result.get("data");
		return ResponseEntity.ok(uncheckedMap(((Map<?, ?>) data).get(chosen.field())));
	}

	/** The PDF's text layer, or the file's text when it is not a PDF. */
	private static String text(MultipartFile file) throws IOException {
		if (file.getSize() > PdfText.MAX_BYTES) {
			throw PdfText.oversized(file.getSize());
		}
		byte[] bytes = file.getBytes();
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		if (PdfText.isPdf(bytes) || name.endsWith(".pdf")
				|| MediaType.APPLICATION_PDF_VALUE.equals(file.getContentType())) {
			return PdfText.extract(bytes);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new PdfRejectedException(PdfRejectedException.Reason.NOT_A_PDF,
					"The file is neither a PDF nor UTF-8 text. Upload the PDF, or its text saved as UTF-8.");
		}
	}

	private ResponseEntity<Map<String, Object>> checkRole() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			return error(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", null, null,
					"Uploading a document for a draft needs a CLERK token: send Authorization: Bearer <token>.");
		}
		boolean clerk = this.roles.getReachableGrantedAuthorities(who.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch("ROLE_CLERK"::equals);
		if (!clerk) {
			return error(HttpStatus.FORBIDDEN, "FORBIDDEN", null, null,
					"Uploading a document for a draft needs the CLERK role or above; this token's role is too weak.");
		}
		return null;
	}

	private static HttpStatus status(Object error) {
		Object extensions = (error instanceof Map<?, ?> map) ? map.get("extensions") : null;
		Object classification = (extensions instanceof Map<?, ?> ext) ? ext.get("classification") : null;
		if ("UNAUTHORIZED".equals(classification)) {
			return HttpStatus.UNAUTHORIZED;
		}
		if ("FORBIDDEN".equals(classification)) {
			return HttpStatus.FORBIDDEN;
		}
		if ("BAD_REQUEST".equals(classification)) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String classification, String field,
			String reason, String message) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification);
		if (field != null) {
			extensions.put("field", field);
		}
		if (reason != null) {
			extensions.put("reason", reason);
		}
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> uncheckedMap(Object value) {
		return (Map<String, Object>) value;
	}

}
