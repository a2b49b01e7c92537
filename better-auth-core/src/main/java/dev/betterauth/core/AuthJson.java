package dev.betterauth.core;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for Better Auth's wire format and stored state. Deliberately not the
 * application's mapper: an application-wide naming strategy or inclusion rule must not
 * change Better Auth's field names ({@code callbackURL}, {@code emailVerified}, ...).
 */
public final class AuthJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private AuthJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

}
