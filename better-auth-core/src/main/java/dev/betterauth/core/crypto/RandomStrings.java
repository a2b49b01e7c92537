package dev.betterauth.core.crypto;

import java.security.SecureRandom;

/**
 * Random identifiers drawn from {@code [A-Za-z0-9]}, as Better Auth's
 * {@code generateRandomString}.
 */
public final class RandomStrings {

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomStrings() {
	}

	/**
	 * Returns {@code length} characters chosen uniformly from the alphanumeric alphabet.
	 * @param length how many characters
	 * @return the random string
	 */
	public static String alphanumeric(int length) {
		char[] out = new char[length];
		for (int i = 0; i < length; i++) {
			// nextInt(bound) rejects biased values, so every character is equally likely.
			out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(out);
	}

	/** A 32-character id for user, session, account and verification rows. */
	public static String id() {
		return alphanumeric(32);
	}

}
