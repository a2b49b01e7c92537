package dev.betterauth.core.provider;

import org.jspecify.annotations.Nullable;

/**
 * A provider endpoint failed: unreachable, too slow, a redirect, an error status or an
 * unreadable answer. The message is safe to show a user: it names the provider and the
 * kind of endpoint, never a URL, a host, an exception class or a token. What an operator
 * needs (the URL, the underlying error) is in {@link #detail()}, for the log only.
 */
public class ProviderException extends RuntimeException {

	private final @Nullable String detail;

	private final @Nullable String oauthError;

	public ProviderException(String message) {
		this(message, null, null, null);
	}

	public ProviderException(String message, @Nullable String detail, @Nullable String oauthError,
			@Nullable Throwable cause) {
		super(message, cause);
		this.detail = detail;
		this.oauthError = oauthError;
	}

	/**
	 * The OAuth {@code error} the provider answered with (e.g. {@code invalid_grant}), if
	 * any.
	 */
	public @Nullable String oauthError() {
		return this.oauthError;
	}

	/** For the log: the endpoint's URL and the underlying error; never shown to users. */
	public @Nullable String detail() {
		return this.detail;
	}

	/** The message and the detail, in one line for the log. */
	public String logLine() {
		return (this.detail != null) ? getMessage() + " [" + this.detail + "]" : getMessage();
	}

}
