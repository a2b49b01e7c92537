package dev.betterauth.core.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The {@code at_hash} of an id_token (OpenID Connect Core 1.0, section 3.1.3.6): the left
 * half of the hash of the access token, with the hash of the id_token's signature
 * algorithm, base64url-encoded. It binds an access token to the id_token it was issued
 * with, so a client cannot pair a verified id_token with someone else's access token.
 */
public final class AccessTokenHash {

	private AccessTokenHash() {
	}

	/**
	 * Whether the access token matches the claim.
	 * @param algorithm the id_token's {@code alg}, e.g. {@code RS256}
	 * @param accessToken the access token
	 * @param atHash the id_token's {@code at_hash} claim
	 * @return whether they match; {@code false} for an algorithm without a known hash
	 */
	public static boolean matches(String algorithm, String accessToken, String atHash) {
		String digest = digestFor(algorithm);
		if (digest == null) {
			return false;
		}
		try {
			byte[] hash = MessageDigest.getInstance(digest).digest(accessToken.getBytes(StandardCharsets.US_ASCII));
			String expected = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(Arrays.copyOf(hash, hash.length / 2));
			return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					atHash.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(digest + " is required by every Java platform", ex);
		}
	}

	private static @Nullable String digestFor(String algorithm) {
		if (algorithm.endsWith("256")) {
			return "SHA-256";
		}
		if (algorithm.endsWith("384")) {
			return "SHA-384";
		}
		if (algorithm.endsWith("512")) {
			return "SHA-512";
		}
		return null;
	}

}
