package dev.betterauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method.
 */
public final class Pkce {

	/** Verifier length used for every flow: the maximum RFC 7636 allows. */
	public static final int VERIFIER_LENGTH = 128;

	private Pkce() {
	}

	/** A fresh 128-character verifier from the unreserved alphabet. */
	public static String newVerifier() {
		return RandomStrings.alphanumeric(VERIFIER_LENGTH);
	}

	/**
	 * The S256 challenge: base64url, without padding, of SHA-256 over the ASCII verifier.
	 * @param verifier the code verifier
	 * @return the code challenge
	 */
	public static String s256Challenge(String verifier) {
		byte[] digest = sha256(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
