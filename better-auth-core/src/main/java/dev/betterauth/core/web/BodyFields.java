package dev.betterauth.core.web;

import java.util.List;
import java.util.Map;

import dev.betterauth.core.BetterAuthException;
import org.jspecify.annotations.Nullable;

/**
 * Collection fields of a request body, refused with {@code VALIDATION_ERROR} naming the
 * field when they hold {@code null}s, which JSON allows and the flow does not.
 */
final class BodyFields {

	private BodyFields() {
	}

	static List<String> scopes(@Nullable List<String> scopes) {
		if (scopes == null) {
			return List.of();
		}
		if (scopes.contains(null)) {
			throw BetterAuthException.validation("scopes", "must be a list of strings");
		}
		return scopes;
	}

	static Map<String, String> additionalParams(@Nullable Map<String, String> params) {
		if (params == null) {
			return Map.of();
		}
		if (params.containsValue(null)) {
			throw BetterAuthException.validation("additionalParams", "values must be strings");
		}
		return params;
	}

}
