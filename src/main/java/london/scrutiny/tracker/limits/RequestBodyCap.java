package london.scrutiny.tracker.limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request whose body is larger than {@code maxRequestBytes} with HTTP
 * 413 and a GraphQL-shaped error, before the body is parsed. A declared Content-Length
 * over the cap is refused without reading; otherwise (a chunked body has no length, and a
 * length can be wrong) the bytes are counted as they are read, and reading stops one byte
 * past the cap. A body within the cap is passed on from memory, which costs at most the
 * cap per request.
 */
class RequestBodyCap extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int maxBytes;

	RequestBodyCap(DataSize maxRequestBytes) {
		this.maxBytes = Math.toIntExact(maxRequestBytes.toBytes());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			refuse(response);
			return;
		}
		byte[] body = readAtMostOnePastCap(request.getInputStream());
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		if (isJson(request) && !isJsonObject(body)) {
			// A GraphQL request is a JSON object; 'null' or an array would otherwise fail
			// deep in the handler. The error's GraphQL shape is given by HttpErrorShape.
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
	}

	/** Whether the first character that is not white space opens an object. */
	private static boolean isJsonObject(byte[] body) {
		for (byte b : body) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return b == '{';
			}
		}
		return false;
	}

	private byte[] readAtMostOnePastCap(InputStream in) throws IOException {
		return in.readNBytes(this.maxBytes + 1);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		GraphQLError error = LimitErrors.error("maxRequestBytes", this.maxBytes, "The request body is larger than "
				+ LimitErrors.count(this.maxBytes) + " bytes (maxRequestBytes) and was not "
				+ "parsed. Send a shorter query: share repeated selections with fragments, or split it into several "
				+ "requests.", LimitErrors.details(), null);
		// The shape of a GraphQL response, so a client reads it as it reads any other
		// error; there is no
		// place in a document to point at, so no "locations".
		Map<String, Object> body = new LinkedHashMap<>(error.toSpecification());
		body.remove("locations");
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(body))));
	}

}
