package dev.betterauth.core.provider;

/**
 * A provider endpoint failed: unreachable, too slow, a redirect, an error status or an
 * unreadable answer. Messages name the endpoint and the problem, never a token.
 */
public class ProviderException extends RuntimeException {

	private final String oauthError;

	public ProviderException(String message) {
		this(message, null, null);
	}

	public ProviderException(String message, Throwable cause) {
		this(message, null, cause);
	}

	public ProviderException(String message, String oauthError, Throwable cause) {
		super(message, cause);
		this.oauthError = oauthError;
	}

	/**
	 * The OAuth {@code error} the provider answered with (e.g. {@code invalid_grant}), if
	 * any.
	 */
	public String oauthError() {
		return this.oauthError;
	}

}
