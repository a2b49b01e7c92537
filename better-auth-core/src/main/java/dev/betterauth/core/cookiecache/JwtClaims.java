package dev.betterauth.core.cookiecache;

import java.time.Instant;

import dev.betterauth.core.AuthJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The claims of the {@code jwt} and {@code jwe} strategies: the payload's members plus
 * {@code iat}, {@code exp} (seconds) and, for JWE, a {@code jti}.
 */
final class JwtClaims {

	private JwtClaims() {
	}

	static String withTimes(ObjectNode payload, Instant expiresAt, @Nullable String jti) {
		ObjectNode claims = payload.deepCopy();
		// Issued when the payload was written: its updatedAt (milliseconds).
		claims.put("iat", payload.path("updatedAt").asLong(expiresAt.toEpochMilli()) / 1000);
		claims.put("exp", expiresAt.getEpochSecond());
		if (jti != null) {
			claims.put("jti", jti);
		}
		return AuthJson.mapper().writeValueAsString(claims);
	}

	static SessionCookieFormat.@Nullable Opened open(String json) {
		JsonNode claims = AuthJson.mapper().readTree(json);
		JsonNode exp = claims.get("exp");
		if (!(claims instanceof ObjectNode object) || exp == null || !exp.isNumber()) {
			return null;
		}
		return new SessionCookieFormat.Opened(object, Instant.ofEpochSecond(exp.asLong()));
	}

}
