package dev.betterauth.core.token;

import dev.betterauth.core.BetterAuthException;

/**
 * No valid access token can be had for an account: none is stored and none can be
 * refreshed, the provider refused the refresh token, or the provider is no longer
 * configured. The user must sign in with the provider again; the code says why
 * ({@code FAILED_TO_GET_ACCESS_TOKEN}, {@code FAILED_TO_REFRESH_ACCESS_TOKEN},
 * {@code REFRESH_TOKEN_NOT_FOUND}, {@code TOKEN_REFRESH_NOT_SUPPORTED}).
 */
public class AccessTokenException extends BetterAuthException {

	public AccessTokenException(String code, String message) {
		super(Kind.INVALID_REQUEST, code, message);
	}

}
