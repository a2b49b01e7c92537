package dev.betterauth.core.provider;

/**
 * How the client authenticates at the token endpoint.
 */
public enum ClientAuthentication {

	/**
	 * {@code client_id} and {@code client_secret} in the form body
	 * ({@code client_secret_post}).
	 */
	POST,

	/**
	 * HTTP Basic with the URL-encoded client id and secret ({@code client_secret_basic}).
	 */
	BASIC

}
