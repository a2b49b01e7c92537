package dev.betterauth.core;

/**
 * A request Better Auth refuses, with Better Auth's error code (upper snake case, one of
 * {@link ErrorCodes}) and a message safe to show. The {@link Kind} says what went wrong
 * in the domain's terms; the web layer alone turns it into an HTTP status, so the flow,
 * token and account code stays free of HTTP.
 */
public class BetterAuthException extends RuntimeException {

	private final Kind kind;

	private final String code;

	public BetterAuthException(Kind kind, String code, String message) {
		this(kind, code, message, null);
	}

	public BetterAuthException(Kind kind, String code, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.code = code;
	}

	/**
	 * A request field that is missing or malformed ({@code VALIDATION_ERROR}), with
	 * Better Auth's message shape {@code [body.field] problem}.
	 * @param field the field
	 * @param problem what is wrong with it
	 * @return the exception
	 */
	public static BetterAuthException validation(String field, String problem) {
		return new BetterAuthException(Kind.INVALID_REQUEST, ErrorCodes.VALIDATION_ERROR,
				"[body." + field + "] " + problem);
	}

	public Kind kind() {
		return this.kind;
	}

	/** Better Auth's error code. */
	public String code() {
		return this.code;
	}

	/**
	 * What kind of refusal this is.
	 */
	public enum Kind {

		/** The request cannot be served as sent. */
		INVALID_REQUEST,

		/** No signed-in session, or a credential that does not verify. */
		UNAUTHORIZED,

		/** Signed in, or well-formed, but not allowed. */
		FORBIDDEN,

		/** What the request names does not exist. */
		NOT_FOUND,

		/** The request is larger than allowed. */
		TOO_LARGE,

		/** The identity provider could not be reached or answered wrongly. */
		PROVIDER_UNAVAILABLE

	}

}
