package dev.betterauth.core;

/**
 * A failed step of the OAuth redirect flow, reported to the browser as
 * {@code ?error=<code>&error_description=...} on the flow's error URL. Codes are Better
 * Auth's (lower snake case).
 */
public class OAuthFlowException extends RuntimeException {

	private final String code;

	private final String description;

	public OAuthFlowException(String code, String description) {
		this(code, description, null);
	}

	public OAuthFlowException(String code, String description, Throwable cause) {
		super(code + ": " + description, cause);
		this.code = code;
		this.description = description;
	}

	public String code() {
		return this.code;
	}

	/** Human-readable detail, safe to show (never contains tokens). */
	public String description() {
		return this.description;
	}

}
