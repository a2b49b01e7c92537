package dev.betterauth.core.cookiecache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.crypto.CookieSigner;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Better Auth's {@code compact} strategy: {@code base64url({"session":<payload>,
 * "expiresAt":<ms>,"signature":<sig>})}, where the signature is the base64url HMAC-SHA256
 * of the payload with {@code "expiresAt":<ms>} appended as its last member, written as
 * compact JSON in the payload's own member order.
 */
final class CompactSessionCookieFormat implements SessionCookieFormat {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final CookieSigner signer;

	CompactSessionCookieFormat(CookieSigner signer) {
		this.signer = signer;
	}

	@Override
	public String seal(ObjectNode payload, Instant expiresAt) {
		long expiresAtMillis = expiresAt.toEpochMilli();
		ObjectNode cookie = AuthJson.mapper().createObjectNode();
		cookie.set("session", payload);
		cookie.put("expiresAt", expiresAtMillis);
		cookie.put("signature", signature(payload, expiresAtMillis));
		return ENCODER.encodeToString(AuthJson.mapper().writeValueAsBytes(cookie));
	}

	@Override
	public @Nullable Opened open(String value) {
		JsonNode cookie;
		try {
			cookie = AuthJson.mapper().readTree(Base64.getUrlDecoder().decode(value));
		}
		catch (RuntimeException ex) {
			return null;
		}
		JsonNode payload = cookie.get("session");
		JsonNode expiresAt = cookie.get("expiresAt");
		JsonNode signature = cookie.get("signature");
		if (!(payload instanceof ObjectNode object) || expiresAt == null || !expiresAt.isIntegralNumber()
				|| signature == null || !signature.isString()) {
			return null;
		}
		byte[] expected = signature(object, expiresAt.asLong()).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = signature.asString().getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, actual)) {
			return null;
		}
		return new Opened(object, Instant.ofEpochMilli(expiresAt.asLong()));
	}

	private String signature(ObjectNode payload, long expiresAtMillis) {
		ObjectNode signed = payload.deepCopy();
		signed.put("expiresAt", expiresAtMillis);
		return ENCODER.encodeToString(this.signer.mac(AuthJson.mapper().writeValueAsString(signed)));
	}

}
