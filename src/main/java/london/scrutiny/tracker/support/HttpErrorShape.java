package london.scrutiny.tracker.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP-level refusal on the GraphQL endpoint (wrong method, wrong media type,
 * a body that is not a GraphQL request, a failure before GraphQL runs) the shape of a
 * GraphQL response: an {@code errors} array with a classification and a message that says
 * what to send instead. Without it a client gets Spring's error JSON or an empty body,
 * and has two formats to read. Responses that GraphQL itself wrote pass untouched.
 */
public class HttpErrorShape extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(HttpErrorShape.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Capture capture = new Capture(response);
		try {
			chain.doFilter(request, capture);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			log.warn("A request to {} failed before GraphQL answered it: {}", request.getRequestURI(), ex.toString());
			capture.error = HttpStatus.INTERNAL_SERVER_ERROR.value();
		}
		int status = (capture.error != 0) ? capture.error : capture.getStatus();
		if (status >= 400 && !capture.bodyWritten && !response.isCommitted()) {
			write(response, status, request.getMethod());
		}
	}

	private static void write(HttpServletResponse response, int status, String method) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification",
				(status >= 500) ? ErrorType.INTERNAL_ERROR.name() : ErrorType.BAD_REQUEST.name());
		extensions.put("httpStatus", status);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message(status, method));
		error.put("extensions", extensions);
		response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

	static String message(int status, String method) {
		String how = " Send POST with 'Content-Type: application/json' and a body such as "
				+ "{\"query\": \"{ reports { totalCount } }\", \"variables\": {}}.";
		return switch (status) {
			case 404, 405 -> "The GraphQL endpoint does not answer " + method + "." + how;
			case 406 -> "The GraphQL endpoint answers only application/json or application/graphql-response+json; "
					+ "ask for one of them in 'Accept'.";
			case 415 -> "The GraphQL endpoint reads only JSON bodies." + how;
			case 413 -> "The request body is too large.";
			default -> (status >= 500)
					? "The server failed to answer this request. The failure has been logged; please retry, and "
							+ "report it if it persists."
					: "This is not a GraphQL request the endpoint can read." + how;
		};
	}

	/**
	 * Notes a status sent as an error instead of letting the container render its own
	 * page, and whether anything wrote a body.
	 */
	private static final class Capture extends HttpServletResponseWrapper {

		private int error;

		private boolean bodyWritten;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) {
			this.error = status;
		}

		@Override
		public void sendError(int status, String message) {
			this.error = status;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyWritten = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyWritten = true;
			return super.getWriter();
		}

	}

}
