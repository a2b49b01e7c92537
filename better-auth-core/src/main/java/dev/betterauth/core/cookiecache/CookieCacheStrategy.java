package dev.betterauth.core.cookiecache;

/**
 * How the {@code session_data} cookie is written, as Better Auth's
 * {@code session.cookieCache.strategy}.
 */
public enum CookieCacheStrategy {

	/**
	 * Base64url JSON with an HMAC-SHA256 signature: the smallest, Better Auth's default.
	 */
	COMPACT,

	/** A JWT signed with HS256: readable by any JWT library holding the secret. */
	JWT,

	/**
	 * A JWE ({@code dir}, {@code A256CBC-HS512}): the session is encrypted, not only
	 * signed.
	 */
	JWE

}
