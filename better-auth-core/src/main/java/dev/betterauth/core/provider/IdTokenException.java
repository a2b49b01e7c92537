package dev.betterauth.core.provider;

/**
 * An OpenID Connect id_token was rejected. The message says which check failed and never
 * contains the token or its claims.
 */
public class IdTokenException extends RuntimeException {

	public IdTokenException(String message) {
		super(message);
	}

	public IdTokenException(String message, Throwable cause) {
		super(message, cause);
	}

}
