package dev.betterauth.core.crypto;

import java.security.SecureRandom;

/**
 * Random identifiers drawn from {@code [A-Za-z0-9]}, as Better Auth's
 * {@code generateRandomString}.
 */
public final class RandomStrings {

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	/** The largest multiple of the alphabet's size that a byte can hold. */
	private static final int UNBIASED_BOUND = 256 - 256 % ALPHABET.length;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomStrings() {
	}

	/**
	 * Returns {@code length} characters chosen uniformly from the alphanumeric alphabet.
	 * The random bytes are drawn in one call (each call takes the generator's lock and
	 * reads the system's entropy pool): a byte below 248 (4 × 62) picks a character, a
	 * byte from 248 up would favour the first eight and is skipped.
	 * @param length how many characters
	 * @return the random string
	 */
	public static String alphanumeric(int length) {
		char[] out = new char[length];
		byte[] bytes = new byte[length + length / 8 + 4];
		int filled = 0;
		while (filled < length) {
			RANDOM.nextBytes(bytes);
			for (int i = 0; i < bytes.length && filled < length; i++) {
				int value = bytes[i] & 0xFF;
				if (value < UNBIASED_BOUND) {
					out[filled++] = ALPHABET[value % ALPHABET.length];
				}
			}
		}
		return new String(out);
	}

	/** A 32-character id for user, session, account and verification rows. */
	public static String id() {
		return alphanumeric(32);
	}

}
