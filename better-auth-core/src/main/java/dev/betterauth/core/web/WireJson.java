package dev.betterauth.core.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Reads request bodies and writes answers with {@link AuthJson}, so the application's
 * Jackson settings cannot change the wire format.
 */
final class WireJson {

	private WireJson() {
	}

	static <T> T read(String json, Class<T> type) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return AuthJson.mapper().readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new BetterAuthException(Kind.INVALID_REQUEST, ErrorCodes.VALIDATION_ERROR,
					"Invalid request body: expected a JSON object with the documented fields");
		}
	}

	static String write(Object value) {
		return AuthJson.mapper().writeValueAsString(value);
	}

	static String error(String message, String code) {
		return write(new ApiError(message, code));
	}

	/**
	 * Answers with Better Auth's error envelope, for filters and resolvers that write the
	 * response themselves.
	 * @param response the response
	 * @param status the status
	 * @param message the message
	 * @param code Better Auth's code
	 * @throws IOException if the answer cannot be written
	 */
	static void writeError(HttpServletResponse response, HttpStatus status, String message, String code)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(error(message, code));
	}

}
