package dev.betterauth.core.web;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import tools.jackson.core.JacksonException;

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

}
