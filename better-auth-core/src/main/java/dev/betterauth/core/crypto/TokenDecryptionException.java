package dev.betterauth.core.crypto;

/**
 * A value that should have been a {@link TokenCipher} ciphertext could not be decrypted:
 * wrong or retired key, tampered data, or a malformed envelope. Messages never contain
 * the value or a secret.
 */
public class TokenDecryptionException extends RuntimeException {

	public TokenDecryptionException(String message) {
		super(message);
	}

	public TokenDecryptionException(String message, Throwable cause) {
		super(message, cause);
	}

}
